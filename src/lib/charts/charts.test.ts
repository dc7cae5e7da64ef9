import { describe, expect, it } from 'vitest';
import { layoutBars } from './bars';
import { layoutUnits } from './units';
import type { Figure } from '../../schemas/figure';

const figure = (id: string, value: number, unit: Figure['unit'] = 'people', qualifier: Figure['qualifier'] = 'exact'): Figure => ({
  id,
  chapter: 'reform',
  value,
  unit,
  qualifier,
  source: '…',
  label: { zh: `${id}-zh`, ko: `${id}-ko`, en: `${id}-en` },
});

describe('bar charts', () => {
  const layout = layoutBars([figure('members', 18766), figure('vice-chairs', 4208), figure('appointed', 32)], 'en');

  it('scale bars to a nice maximum, in percent of the width', () => {
    expect(layout.rows.map((row) => Math.round(row.end * 100) / 100)).toEqual([93.83, 21.04, 0.16]);
    expect(layout.ticks.map((tick) => tick.text)).toEqual(['0', '5K', '10K', '15K', '20K']);
    expect(layout.ticks.at(-1)!.at).toBe(100);
  });

  it('label each bar in the reader’s language, value inside a long bar, outside a short one', () => {
    expect(layout.rows[0]).toMatchObject({ label: 'members-en', value: '18,766', valueInside: true });
    expect(layout.rows[2]).toMatchObject({ value: '32', valueInside: false });
  });

  it('stack rows without overlap, and give the chart a height that does not depend on its width', () => {
    const ys = layout.rows.map((row) => row.barY);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(ys[1]! - ys[0]!).toBeGreaterThan(layout.barHeight);
    expect(layout.height).toBeGreaterThan(ys.at(-1)! + layout.barHeight);
  });

  it('mark "more than", and keep its qualifier in the value', () => {
    const row = layoutBars([figure('trained', 50000, 'person-times', 'more-than')], 'zh').rows[0]!;
    expect(row).toMatchObject({ moreThan: true, value: '5万余' });
  });

  it('refuse to put money and counts on one axis', () => {
    expect(() => layoutBars([figure('loans', 6.5e8, 'yuan'), figure('women', 15000)], 'en')).toThrow(/money and count/);
  });

  it('draw a share against the whole, 0 to 100%', () => {
    const share = layoutBars([figure('grassroots', 50, 'percent')], 'ko');
    expect(share.rows[0]!.end).toBe(50);
    expect(share.ticks.at(-1)!.text).toBe('100%');
  });
});

describe('pictograms', () => {
  it('draw one mark per unit, grouped by figure in order', () => {
    const layout = layoutUnits([figure('chair', 1), figure('full', 2), figure('part', 4), figure('seconded', 1)], 'zh');
    expect(layout.marks.map((mark) => mark.figure)).toEqual(['chair', 'full', 'full', 'part', 'part', 'part', 'part', 'seconded']);
    expect(layout.groups.map((group) => group.value)).toEqual(['1', '2', '4', '1']);
    expect(new Set(layout.marks.map((mark) => mark.cx)).size).toBe(8);
  });

  it('let one mark stand for many, wrapping rows', () => {
    const layout = layoutUnits([figure('screened', 84000)], 'en', 1000);
    expect(layout.marks).toHaveLength(84);
    expect(layout.height).toBe(Math.ceil(84 / layout.columns) * 26);
  });

  it('never use more than ten columns, however many marks', () => {
    const layout = layoutUnits([figure('screened', 84000)], 'en', 1000);
    expect(layout.columns).toBe(10);
    expect(new Set(layout.marks.map((mark) => mark.cx)).size).toBe(10);
    expect(layout.height).toBe(9 * 26);
    // Fewer marks than ten: as many columns as marks, so a lone mark is not squeezed into a corner.
    expect(layoutUnits([figure('chair', 1), figure('full', 2)], 'en').columns).toBe(3);
  });

  it('refuse a scale that splits a mark', () => {
    expect(() => layoutUnits([figure('vans', 19)], 'en', 10)).toThrow(/whole number/);
  });
});

import { describe, expect, it } from 'vitest';
import { dateRange, formatWhen, layoutTimeline } from './timeline';
import type { Milestone } from '../schemas/milestone';

const milestone = (id: string, date?: string, end?: string, inferred = false): Milestone => ({
  id,
  date,
  end,
  inferred: inferred ? { zh: '推定', ko: '추정', en: 'inferred' } : undefined,
  source: '…',
  label: { zh: id, ko: id, en: id },
});

const period = { start: 2014, startInferred: true, published: '2019-09-29T11:23:44+08:00' };

describe('the timeline dates things exactly as the report does', () => {
  it('covers a whole year for a year, a day for a day', () => {
    expect(dateRange('2017').map((d) => d.toISOString().slice(0, 10))).toEqual(['2017-01-01', '2018-01-01']);
    expect(dateRange('2019-09-29').map((d) => d.toISOString().slice(0, 10))).toEqual(['2019-09-29', '2019-09-30']);
  });

  it('writes spans, days and inferred years in each language', () => {
    expect(formatWhen({ date: '2011', end: '2020' }, 'zh')).toBe('2011年–2020年');
    expect(formatWhen({ date: '2019-09-29' }, 'en')).toBe('29 September 2019');
    expect(formatWhen({ date: '2014', inferred: { zh: '', ko: '', en: '' } }, 'ko')).toBe('≈2014년');
  });

  const layout = layoutTimeline(
    [milestone('published', '2019-09-29'), milestone('plan', '2011', '2020'), milestone('undated'), milestone('congress', '2014', undefined, true)],
    'en',
    period,
  );

  it('orders dated milestones in time, each with its own shape', () => {
    expect(layout.rows.map((row) => [row.id, row.shape])).toEqual([
      ['plan', 'span'],
      ['congress', 'year'],
      ['published', 'day'],
    ]);
    expect(layout.rows[1]!.inferred).toBe('inferred');
  });

  it('puts, of two milestones starting together, the shorter first', () => {
    const tied = layoutTimeline([milestone('plan', '2016', '2020'), milestone('issued', '2016')], 'en', period);
    expect(tied.rows.map((row) => row.id)).toEqual(['issued', 'plan']);
    const reversed = layoutTimeline([milestone('issued', '2016'), milestone('plan', '2016', '2020')], 'en', period);
    expect(reversed.rows.map((row) => row.id)).toEqual(['issued', 'plan']);
  });

  it('never gives an undated achievement a place on the axis', () => {
    expect(layout.rows.map((row) => row.id)).not.toContain('undated');
    expect(layout.undated.map((item) => item.id)).toEqual(['undated']);
  });

  it('places marks and the band of the five years in percent of the width, years as ticks', () => {
    const plan = layout.rows[0]!;
    expect(plan.from).toBeGreaterThan(0);
    expect(plan.to).toBeLessThan(100);
    expect(layout.band.from).toBeLessThan(layout.band.to);
    expect(layout.band.inferredStart).toBe(true);
    expect(layout.ticks.map((tick) => tick.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
  });
});

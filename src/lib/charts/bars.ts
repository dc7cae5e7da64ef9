import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import type { Locale } from '../../i18n/locales';
import { measureOf } from '../figures';
import type { Figure } from '../../schemas/figure';
import { formatQuantity, formatTick } from '../numbers';

/**
 * Horizontal bars, one row per figure: the label above, the bar below with its value at the end. All
 * horizontal geometry is in percent of the chart's width, so the server's SVG fits any screen without
 * JavaScript and never reflows; only heights are in pixels, and they do not depend on the width.
 */
interface BarRow {
  id: string;
  label: string;
  value: string;
  /** Where the bar ends, in percent of the plot's width. */
  end: number;
  moreThan: boolean;
  /** A long bar carries its value inside, a short one just after it. */
  valueInside: boolean;
  labelY: number;
  barY: number;
}

export interface BarLayout {
  rows: BarRow[];
  ticks: { at: number; text: string }[];
  height: number;
  barHeight: number;
}

export const barGeometry = { rowHeight: 64, labelBaseline: 18, barTop: 26, barHeight: 22, axisHeight: 26, insideFrom: 70 };

export function layoutBars(figures: Figure[], lang: Locale): BarLayout {
  const measures = new Set(figures.map((figure) => measureOf(figure.unit)));
  if (measures.size > 1) throw new Error(`A bar chart cannot put ${[...measures].join(' and ')} on one axis`);
  const share = measures.has('share');
  const top = share ? 100 : (max(figures, (figure) => figure.value) ?? 1);
  const x = scaleLinear().domain([0, top]).range([0, 100]).nice(4);
  const g = barGeometry;
  const rows = figures.map((figure, i) => {
    const end = x(figure.value);
    return {
      id: figure.id,
      label: figure.label[lang],
      value: formatQuantity(figure, lang),
      end,
      moreThan: figure.qualifier === 'more-than',
      valueInside: end >= g.insideFrom,
      labelY: i * g.rowHeight + g.labelBaseline,
      barY: i * g.rowHeight + g.barTop,
    };
  });
  const ticks = x.ticks(4).map((value) => ({ at: x(value), text: share ? `${value}%` : formatTick(value, lang) }));
  return { rows, ticks, height: figures.length * g.rowHeight + g.axisHeight, barHeight: g.barHeight };
}

import type { Locale } from '../../i18n/locales';

/** A chart of the report, as editors write it in content/charts/. */
export const chartKinds = ['bars', 'units'] as const;
export type ChartKind = (typeof chartKinds)[number];

export interface ChartData {
  id: string;
  /** The chapter it belongs to; none for a chart that gathers figures from several chapters. */
  chapter?: string | undefined;
  kind: ChartKind;
  figures: string[];
  /** For `units`: how many of the figure's unit one mark stands for (1 mark = 1,000 women). */
  per?: number | undefined;
  title: Record<Locale, string>;
}

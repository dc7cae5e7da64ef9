import type { Locale } from '../i18n/locales';

/** What a figure counts. The unit decides its measure, and a chart never mixes measures on one axis. */
export const figureUnits = [
  'yuan',
  'percent',
  'people',
  'person-times',
  'households',
  'events',
  'courses',
  'sites',
  'organisations',
  'items',
  'vehicles',
] as const;
export type FigureUnit = (typeof figureUnits)[number];

/** 余 in the report: "more than". It is never dropped. */
export const qualifiers = ['exact', 'more-than'] as const;
export type Qualifier = (typeof qualifiers)[number];

export type Measure = 'money' | 'share' | 'count';

export function measureOf(unit: FigureUnit): Measure {
  if (unit === 'yuan') return 'money';
  if (unit === 'percent') return 'share';
  return 'count';
}

export interface FigureData {
  id: string;
  chapter: string;
  value: number;
  unit: FigureUnit;
  qualifier: Qualifier;
  source: string;
  label: Record<Locale, string>;
  key?: boolean | undefined;
  cover?: boolean | undefined;
}

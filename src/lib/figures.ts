import type { FigureUnit } from '../schemas/figure';

/** What a figure measures. A chart never puts two measures on one axis. */
export type Measure = 'money' | 'share' | 'count';

export function measureOf(unit: FigureUnit): Measure {
  if (unit === 'yuan') return 'money';
  if (unit === 'percent') return 'share';
  return 'count';
}

import { z } from 'astro/zod';
import { localized } from './common';

const chartKinds = ['bars', 'units'] as const;

/** A chart of the report, content/charts/{id}.json: the file name is its id, `figures` name what it draws. */
export const chartSchema = z.strictObject({
  /** The chapter it belongs to; none for a chart that gathers figures from several chapters. */
  chapter: z.string().optional(),
  kind: z.enum(chartKinds, { error: `expected one of: ${chartKinds.join(', ')}` }),
  figures: z.array(z.string(), { error: 'expected a list of figure ids' }).min(1, { error: 'a chart draws at least one figure' }),
  /** For `units`: how many of the figure's unit one mark stands for (1 mark = 1,000 women). */
  per: z.int().positive().optional(),
  title: localized,
});

export type Chart = z.infer<typeof chartSchema> & { id: string };

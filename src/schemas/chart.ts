import { z } from 'astro/zod';
import { messages } from '../lib/messages';
import { localized } from './common';

const chartKinds = ['bars', 'units'] as const;

/** A chart of the report, content/charts/{id}.json: the file name is its id, `figures` name what it draws. */
export const chartSchema = z.strictObject({
  /** The chapter it belongs to; none for a chart that gathers figures from several chapters. */
  chapter: z.string().optional(),
  kind: z.enum(chartKinds, { error: messages.oneOf(chartKinds.join(', ')) }),
  figures: z.array(z.string(), { error: messages.figureList() }).min(1, { error: messages.noFigureDrawn() }),
  /** For `units`: how many of the figure's unit one mark stands for (1 mark = 1,000 women). */
  per: z.int().positive().optional(),
  title: localized,
});

export type Chart = z.infer<typeof chartSchema> & { id: string };

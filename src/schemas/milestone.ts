import { z } from 'astro/zod';
import { messages } from '../lib/messages';
import { localized, text } from './common';

/** Dates to the precision the report gives them: a year, a month or a day. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: messages.dateShape() });

/**
 * A dated event of the five years, content/timeline/{id}.json. No `date` means the report gives none:
 * such a milestone is listed "within the five years" and never put on an axis. `inferred` says why a
 * date the report does not state was chosen, and the page shows it.
 */
export const milestoneSchema = z.strictObject({
  date: isoDate.optional(),
  end: isoDate.optional(),
  inferred: localized.optional(),
  chapter: z.string().optional(),
  source: text,
  label: localized,
});

export type Milestone = z.infer<typeof milestoneSchema> & { id: string };

import { z } from 'astro/zod';
import { messages } from '../lib/messages';
import { comment, localized, text } from './common';

/** content/report.json: what the report is, who wrote it, where and when it appeared. */
export const reportSchema = z.strictObject({
  $comment: comment,
  title: localized,
  subtitle: localized,
  author: localized,
  publishedOn: localized,
  congress: localized,
  slogan: localized,
  published: z.iso.datetime({ offset: true, error: messages.dateTime() }),
  sourceNote: text,
  period: z.strictObject({ start: z.int(), startInferred: z.boolean(), end: z.int() }),
});

export type Report = z.infer<typeof reportSchema>;

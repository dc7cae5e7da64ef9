import { z } from 'astro/zod';
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
  published: z.iso.datetime({ offset: true, error: 'expected an ISO date-time with offset, e.g. 2019-09-29T11:23:44+08:00' }),
  sourceNote: text,
  period: z.strictObject({ start: z.int(), startInferred: z.boolean(), end: z.int() }),
});

export type Report = z.infer<typeof reportSchema>;

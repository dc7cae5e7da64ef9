import { z } from 'astro/zod';
import { messages } from '../lib/messages';
import { localized, text } from './common';

/** What a figure counts. The unit decides its measure (lib/figures.ts), and a chart never mixes measures. */
const figureUnits = [
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
const qualifiers = ['exact', 'more-than'] as const;
export type Qualifier = (typeof qualifiers)[number];

/** A number of the report, content/figures/{id}.json: the file name is its id. */
export const figureSchema = z.strictObject({
  chapter: z.string(),
  value: z.number({ error: messages.plainNumber() }).positive({ error: messages.positiveNumber() }),
  unit: z.enum(figureUnits, { error: messages.oneOf(figureUnits.join(', ')) }),
  qualifier: z.enum(qualifiers, { error: messages.qualifier() }),
  source: text,
  label: localized,
  key: z.boolean().optional(),
  cover: z.boolean().optional(),
});

/** A figure as the site uses it: the record, and the id its file name gives it. */
export type Figure = z.infer<typeof figureSchema> & { id: string };

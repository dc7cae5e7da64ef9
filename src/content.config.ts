import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { chapterKinds, reservedSlugs } from './lib/chapters';
import { figureUnits, qualifiers } from './lib/figures';
import { chartKinds } from './lib/charts/types';

/**
 * Everything editors write lives in ./content (YINJI_CONTENT points elsewhere for test fixtures).
 * Each schema's messages say what is expected, because the build prints them with the file and field.
 */
const root = process.env.YINJI_CONTENT ?? './content';

/** Keep the path as the id: the default takes a `slug` field as the id, which the translations share. */
const byPath = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|json)$/, '');

const text = z.string().trim().min(1, { error: 'must not be empty' });
const localized = z.object({ zh: text, ko: text, en: text }, { error: 'expected { "zh": "…", "ko": "…", "en": "…" }' });
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' });

const chapters = defineCollection({
  loader: glob({ base: `${root}/chapters`, pattern: '*/*.mdx', generateId: byPath }),
  schema: z
    .strictObject({
      slug: z
        .string()
        .regex(/^[a-z][a-z0-9-]*$/, { error: 'expected lower-case letters, digits and hyphens, e.g. "development"' })
        .refine((slug) => !reservedSlugs.includes(slug), {
          error: `this slug is taken by a page of the site (${reservedSlugs.join(', ')})`,
        }),
      order: z.int({ error: 'expected a whole number: 0 for the prologue, 1–6 for the sections, 7 for the epilogue' }).min(0),
      kind: z.enum(chapterKinds, { error: `expected one of: ${chapterKinds.join(', ')}` }),
      section: z.int().min(1, { error: 'the report has sections 1 to 6' }).max(6, { error: 'the report has sections 1 to 6' }).optional(),
      title: text,
      shortTitle: text,
      summary: text,
    })
    .refine((chapter) => (chapter.kind === 'section') === (chapter.section !== undefined), {
      error: '`section` is required for kind: section, and only for it',
      path: ['section'],
    }),
});

const figures = defineCollection({
  loader: glob({ base: `${root}/figures`, pattern: '*.json', generateId: byPath }),
  schema: z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'expected lower-case letters, digits and hyphens' }),
    chapter: z.string(),
    value: z
      .number({ error: 'expected a plain number, e.g. 650000000 for 6.5亿' })
      .positive({ error: 'must be positive (more than 0): the number as the report gives it, e.g. 650000000 for 6.5亿' }),
    unit: z.enum(figureUnits, { error: `expected one of: ${figureUnits.join(', ')}` }),
    qualifier: z.enum(qualifiers, { error: `expected "exact", or "more-than" where the report says 余` }),
    source: text,
    label: localized,
    key: z.boolean().optional(),
    cover: z.boolean().optional(),
  }),
});

const charts = defineCollection({
  loader: glob({ base: `${root}/charts`, pattern: '*.json', generateId: byPath }),
  schema: z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'expected lower-case letters, digits and hyphens' }),
    chapter: z.string().optional(),
    kind: z.enum(chartKinds, { error: `expected one of: ${chartKinds.join(', ')}` }),
    figures: z.array(z.string(), { error: 'expected a list of figure ids' }).min(1, { error: 'a chart draws at least one figure' }),
    per: z.int().positive().optional(),
    title: localized,
  }),
});

const timeline = defineCollection({
  loader: glob({ base: `${root}/timeline`, pattern: '*.json', generateId: byPath }),
  schema: z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    date: isoDate.optional(),
    end: isoDate.optional(),
    inferred: localized.optional(),
    chapter: z.string().optional(),
    source: text,
    label: localized,
  }),
});

const report = defineCollection({
  loader: glob({ base: root, pattern: 'report.json', generateId: byPath }),
  schema: z.object({
    title: localized,
    subtitle: localized,
    author: localized,
    publishedOn: localized,
    congress: localized,
    slogan: localized,
    published: z.iso.datetime({ offset: true, error: 'expected an ISO date-time with offset, e.g. 2019-09-29T11:23:44+08:00' }),
    sourceNote: text,
    period: z.object({ start: z.int(), startInferred: z.boolean(), end: z.int() }),
  }),
});

const glossary = defineCollection({
  loader: glob({ base: root, pattern: 'glossary.json', generateId: byPath }),
  schema: z.object({
    terms: z.array(z.strictObject({ zh: text, ko: text, en: text, note: z.string().optional(), quoted: z.boolean().optional() })),
  }),
});

export const collections = { chapters, figures, charts, timeline, report, glossary };

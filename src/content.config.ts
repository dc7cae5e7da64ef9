import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { chapterFileSchema, chapterLoader, orProblems, recordLoader } from './loaders';
import { chartSchema, figureSchema, glossarySchema, milestoneSchema, reportSchema } from './schemas';

/**
 * Everything editors write lives in ./content (YINJI_CONTENT points elsewhere for test fixtures); the
 * shapes are in src/schemas/. Records are named by their file: content/figures/loans-issued.json is the
 * figure "loans-issued". Each file is checked on its own by the loaders (loaders.ts), which keep a broken
 * file as its problems, so that src/site.ts can list the problems of every file at once.
 */
const root = process.env.YINJI_CONTENT ?? './content';

/** Keep the path as the id: the default takes a `slug` field as the id, which the translations share. */
const byPath = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|json)$/, '');
const records = <S extends z.ZodType>(base: string, pattern: string, schema: S, noun: string) =>
  defineCollection({ loader: recordLoader({ base, pattern, generateId: byPath }, schema, noun), schema: orProblems(schema) });

export const collections = {
  chapters: defineCollection({ loader: chapterLoader({ base: `${root}/chapters`, pattern: '*/*.mdx', generateId: byPath }), schema: chapterFileSchema }),
  figures: records(`${root}/figures`, '*.json', figureSchema, 'a figure'),
  charts: records(`${root}/charts`, '*.json', chartSchema, 'a chart'),
  timeline: records(`${root}/timeline`, '*.json', milestoneSchema, 'a milestone'),
  report: records(root, 'report.json', reportSchema, 'the report'),
  glossary: records(root, 'glossary.json', glossarySchema, 'the glossary'),
};

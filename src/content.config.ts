import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, chartSchema, figureSchema, glossarySchema, milestoneSchema, reportSchema } from './schemas';

/**
 * Everything editors write lives in ./content (YINJI_CONTENT points elsewhere for test fixtures); the
 * shapes are in src/schemas/. Records are named by their file: content/figures/loans-issued.json is the
 * figure "loans-issued".
 */
const root = process.env.YINJI_CONTENT ?? './content';

/** Keep the path as the id: the default takes a `slug` field as the id, which the translations share. */
const byPath = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|json)$/, '');
const folder = (name: string, pattern: string) => glob({ base: `${root}/${name}`, pattern, generateId: byPath });
const file = (name: string) => glob({ base: root, pattern: name, generateId: byPath });

export const collections = {
  chapters: defineCollection({ loader: folder('chapters', '*/*.mdx'), schema: chapterSchema }),
  figures: defineCollection({ loader: folder('figures', '*.json'), schema: figureSchema }),
  charts: defineCollection({ loader: folder('charts', '*.json'), schema: chartSchema }),
  timeline: defineCollection({ loader: folder('timeline', '*.json'), schema: milestoneSchema }),
  report: defineCollection({ loader: file('report.json'), schema: reportSchema }),
  glossary: defineCollection({ loader: file('glossary.json'), schema: glossarySchema }),
};

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterFileSchema, chapterLoader } from './chapter-loader';
import { chartSchema, figureSchema, glossarySchema, milestoneSchema, reportSchema } from './schemas';

/**
 * Everything editors write lives in ./content (YINJI_CONTENT points elsewhere for test fixtures); the
 * shapes are in src/schemas/. Records are named by their file: content/figures/loans-issued.json is the
 * figure "loans-issued". Chapters are checked file by file by their own loader (chapter-loader.ts), which
 * keeps a broken file as its problems, so that src/site.ts can list the problems of every file at once.
 */
const root = process.env.YINJI_CONTENT ?? './content';

/** Keep the path as the id: the default takes a `slug` field as the id, which the translations share. */
const byPath = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|json)$/, '');
const folder = (name: string, pattern: string) => glob({ base: `${root}/${name}`, pattern, generateId: byPath });
const file = (name: string) => glob({ base: root, pattern: name, generateId: byPath });

export const collections = {
  chapters: defineCollection({ loader: chapterLoader({ base: `${root}/chapters`, pattern: '*/*.mdx', generateId: byPath }), schema: chapterFileSchema }),
  figures: defineCollection({ loader: folder('figures', '*.json'), schema: figureSchema }),
  charts: defineCollection({ loader: folder('charts', '*.json'), schema: chartSchema }),
  timeline: defineCollection({ loader: folder('timeline', '*.json'), schema: milestoneSchema }),
  report: defineCollection({ loader: file('report.json'), schema: reportSchema }),
  glossary: defineCollection({ loader: file('glossary.json'), schema: glossarySchema }),
};

/**
 * Reads content/ straight from disk, as an editor wrote it, for the tests that hold the text to the
 * report: no Astro build, so these run in a second and point at the file that is wrong. Each file is
 * parsed with the same schema the build uses (src/schemas/), so the tests and the site read one model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import {
  chapterSchema,
  chartSchema,
  figureSchema,
  glossarySchema,
  milestoneSchema,
  reportSchema,
  type Chapter,
  type Chart,
  type Figure,
  type Milestone,
} from '../src/schemas';

export const contentDir = join(import.meta.dirname, '..', 'content');
/** The report as supplied (a copy of shared/source/report.zh.txt), the reference every check compares with. */
export const reportFile = join(contentDir, 'source', 'report.zh.txt');

export interface ChapterFile {
  file: string;
  lang: string;
  data: Chapter;
  body: string;
}

function parsed<S extends z.ZodType>(schema: S, value: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return result.data;
}

export function readChapters(): ChapterFile[] {
  const root = join(contentDir, 'chapters');
  return readdirSync(root).flatMap((lang) =>
    readdirSync(join(root, lang))
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => {
        const file = `content/chapters/${lang}/${name}`;
        const text = readFileSync(join(root, lang, name), 'utf8');
        const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
        if (!match) throw new Error(`${file}: no frontmatter`);
        return { file, lang, data: parsed(chapterSchema, parse(match[1] ?? ''), file), body: match[2] ?? '' };
      }),
  );
}

/** The records of one folder, each with the id its file name gives it. */
function readRecords<S extends z.ZodType<object>>(folder: string, schema: S): (z.infer<S> & { id: string })[] {
  const root = join(contentDir, folder);
  return readdirSync(root)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ ...parsed(schema, JSON.parse(readFileSync(join(root, name), 'utf8')), `content/${folder}/${name}`), id: basename(name, '.json') }));
}

export const readFigures = (): Figure[] => readRecords('figures', figureSchema);
export const readCharts = (): Chart[] => readRecords('charts', chartSchema);
export const readMilestones = (): Milestone[] => readRecords('timeline', milestoneSchema);
export const readGlossary = () => parsed(glossarySchema, JSON.parse(readFileSync(join(contentDir, 'glossary.json'), 'utf8')), 'content/glossary.json').terms;
export const readReportRecord = () => parsed(reportSchema, JSON.parse(readFileSync(join(contentDir, 'report.json'), 'utf8')), 'content/report.json');

/** A chapter body's paragraphs: blank-line separated, sub-headings and chart tags left out. */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !block.startsWith('#') && !/^<(Chart|KeyFigures)\b[^>]*\/>$/.test(block));
}

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
import { parseJsonRecord } from '../src/lib/json-records';
import { parseChapter, textOf, type ChapterNode } from '../src/lib/chapter-tree';
import { findReferences } from '../src/lib/references';

/**
 * A file as the build reads it: editors on Windows may save with a byte-order mark and CRLF line endings,
 * which the build accepts, so the tests do too.
 */
export const asSaved = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

export const contentDir = join(import.meta.dirname, '..', 'content');
/** The report as supplied (content/source/report.zh.txt), the reference every check compares with. */
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

export function readChapters(content = contentDir): ChapterFile[] {
  const root = join(content, 'chapters');
  return readdirSync(root).flatMap((lang) =>
    readdirSync(join(root, lang))
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => {
        const file = `${content === contentDir ? 'content' : content}/chapters/${lang}/${name}`;
        const text = asSaved(readFileSync(join(root, lang, name), 'utf8'));
        const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
        if (!match) throw new Error(`${file}: no frontmatter`);
        return { file, lang, data: parsed(chapterSchema, parse(match[1] ?? ''), file), body: match[2] ?? '' };
      }),
  );
}

/** A JSON file as the build reads it (a byte-order mark is fine; a syntax error names the line). */
const readJson = (path: string, file: string) => parseJsonRecord(readFileSync(path, 'utf8'), file);

/** The records of one folder, each with the id its file name gives it. */
function readRecords<S extends z.ZodType<object>>(folder: string, schema: S): (z.infer<S> & { id: string })[] {
  const root = join(contentDir, folder);
  return readdirSync(root)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      ...parsed(schema, readJson(join(root, name), `content/${folder}/${name}`), `content/${folder}/${name}`),
      id: basename(name, '.json'),
    }));
}

export const readFigures = (): Figure[] => readRecords('figures', figureSchema);
export const readCharts = (): Chart[] => readRecords('charts', chartSchema);
export const readMilestones = (): Milestone[] => readRecords('timeline', milestoneSchema);
export const readGlossary = () =>
  parsed(glossarySchema, readJson(join(contentDir, 'glossary.json'), 'content/glossary.json'), 'content/glossary.json').terms;
export const readReportRecord = () => parsed(reportSchema, readJson(join(contentDir, 'report.json'), 'content/report.json'), 'content/report.json');

/** A paragraph as a reader sees it: its words, with each <Num/> printed by `printNum`, and the figures it cites. */
export interface Paragraph {
  words(printNum?: (id: string) => string): string;
  figures: string[];
}

const cited = (node: ChapterNode) =>
  findReferences(node)
    .filter((reference) => reference.component === 'Num')
    .map((reference) => reference.value);

/**
 * A chapter body's top-level paragraphs, read from the tree the build reads (lib/chapter-tree.ts), so they
 * are the paragraphs the page numbers p1 … pN: headings, charts, translator's notes and comments are none.
 */
export function paragraphsOf(body: string): Paragraph[] {
  return (parseChapter(body).children ?? [])
    .filter((node) => node.type === 'paragraph')
    .map((node) => ({ words: (printNum = (id: string) => `<Num id="${id}"/>`) => textOf(node, printNum).trim(), figures: cited(node) }));
}

/** All the words of a chapter body, without its figures, tags and comments. */
export const wordsOf = (body: string) => textOf(parseChapter(body));

/** The figures a chapter body cites with <Num id>, however the tag is written. */
export const figuresCitedIn = (body: string) => cited(parseChapter(body));

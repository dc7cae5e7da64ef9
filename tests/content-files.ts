/**
 * Reads content/ straight from disk, as an editor wrote it, for the tests that hold the text to the
 * report: no Astro, so these run in a second and point at the file that is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ChapterData } from '../src/lib/chapters';
import type { FigureData } from '../src/lib/figures';
import { parseJsonRecord } from '../src/lib/json-records';

/**
 * A file as the build reads it: editors on Windows may save with a byte-order mark and CRLF line endings,
 * which the build accepts, so the tests do too.
 */
export const asSaved = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

export const contentDir = join(import.meta.dirname, '..', 'content');
/** The report as supplied (a copy of shared/source/report.zh.txt), the reference every check compares with. */
export const reportFile = join(contentDir, 'source', 'report.zh.txt');

export interface ChapterFile {
  file: string;
  lang: string;
  data: ChapterData;
  body: string;
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
        return { file, lang, data: parse(match[1] ?? '') as ChapterData, body: match[2] ?? '' };
      }),
  );
}

export function readRecords<T>(folder: string): T[] {
  const root = join(contentDir, folder);
  return readdirSync(root)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => parseJsonRecord(readFileSync(join(root, name), 'utf8'), `content/${folder}/${name}`) as T);
}

export const readFigures = () => readRecords<FigureData>('figures');

export interface GlossaryTerm {
  zh: string;
  ko: string;
  en: string;
  quoted?: boolean;
}
export const readGlossary = () =>
  (parseJsonRecord(readFileSync(join(contentDir, 'glossary.json'), 'utf8'), 'content/glossary.json') as { terms: GlossaryTerm[] }).terms;

/** A chapter body's paragraphs: blank-line separated, sub-headings and chart tags left out. */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !block.startsWith('#') && !/^<(Figure|KeyFigures)\b[^>]*\/>$/.test(block));
}

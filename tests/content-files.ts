/**
 * Reads content/ straight from disk, as an editor wrote it, for the tests that hold the text to the
 * report: no Astro, so these run in a second and point at the file that is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ChapterData } from '../src/lib/chapters';
import type { FigureData } from '../src/lib/figures';

export const contentDir = join(import.meta.dirname, '..', 'content');
/** The report as supplied (a copy of shared/source/report.zh.txt), the reference every check compares with. */
export const reportFile = join(contentDir, 'source', 'report.zh.txt');

export interface ChapterFile {
  file: string;
  lang: string;
  data: ChapterData;
  body: string;
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
        return { file, lang, data: parse(match[1] ?? '') as ChapterData, body: match[2] ?? '' };
      }),
  );
}

export function readRecords<T>(folder: string): T[] {
  const root = join(contentDir, folder);
  return readdirSync(root)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(root, name), 'utf8')) as T);
}

export const readFigures = () => readRecords<FigureData>('figures');

export interface GlossaryTerm {
  zh: string;
  ko: string;
  en: string;
  quoted?: boolean;
}
export const readGlossary = () =>
  (JSON.parse(readFileSync(join(contentDir, 'glossary.json'), 'utf8')) as { terms: GlossaryTerm[] }).terms;

/** A chapter body's paragraphs: blank-line separated; sub-headings, chart tags and translator's notes left out. */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !block.startsWith('#') && !/^<(Figure|KeyFigures)\b[^>]*\/>$/.test(block) && !/^<TranslatorNote>[\s\S]*<\/TranslatorNote>$/.test(block));
}

import { locales, type Locale } from '../i18n/locales';
import type { ChapterPlan } from './chapters';
import type { ChapterShape } from './chapter-shape';

/**
 * The parallel page: a chapter's text beside its translation, row by row. The pairing is by place, never
 * by guessing (lib/chapter-shape.ts reads the structure, lib/alignment.ts has checked that both languages
 * share it); here the rendered parts are lined up into rows.
 */

/** The languages a chapter has its own text in (not the Chinese original standing in): what can be paired. */
export function translatedLanguages(plan: Pick<ChapterPlan, 'page'>, slug: string): Locale[] {
  return locales.filter((lang) => !plan.page(lang, slug).fallback);
}

/**
 * One language's text of a chapter as the parallel page collects it from the renderer
 * (components/parallel/Capture*): rendered HTML by paragraph id and by heading slug. Nothing here depends
 * on the order in which the renderer finished its parts.
 */
export interface CollectedText {
  /** The slugs of the `##` headings, in order (Astro's render(entry).headings). */
  sectionIds: readonly string[];
  headings: ReadonlyMap<string, string>;
  paragraphs: ReadonlyMap<string, string>;
  /** Translator's notes by the paragraph they follow (`after`, lib/markdown.ts; p0: before the first). */
  notes?: ReadonlyMap<string, string>;
}

interface Cell {
  /** The element's own id in its language's chapter page (a heading's slug, or pN). */
  id: string;
  html: string;
}

export type Row =
  | { kind: 'section'; index: number; cells: [Cell, Cell] }
  | { kind: 'paragraph'; id: string; cells: [Cell, Cell] }
  | { kind: 'chart'; id: string }
  /** A translator's note, in the column of the text that has one (a note is ours, so rarely in both). */
  | { kind: 'note'; after: string; cells: [string | undefined, string | undefined] };

/**
 * The rows of the parallel page: each section heading beside its counterpart (by place), each paragraph
 * beside its translation (by id), each translator's note under the paragraph it follows, and each chart
 * once, where the chapter's structure puts it. The build
 * has checked that the two texts share that structure (checkAlignment), so a gap here is a bug and throws.
 */
export function parallelRows(shape: ChapterShape, first: CollectedText, second: CollectedText): Row[] {
  const rows: Row[] = [];
  const heading = (text: CollectedText, index: number, which: string): Cell => {
    const id = text.sectionIds[index - 1];
    const html = id === undefined ? undefined : text.headings.get(id);
    if (id === undefined || html === undefined) throw new Error(`The ${which} text has no heading for section ${index}`);
    return { id, html };
  };
  const paragraph = (text: CollectedText, id: string, which: string): Cell => {
    const html = text.paragraphs.get(id);
    if (html === undefined) throw new Error(`The ${which} text has no paragraph ${id}`);
    return { id, html };
  };
  const charts = (section: number, after: string | undefined) => {
    for (const chart of shape.charts) if (chart.section === section && chart.after === after) rows.push({ kind: 'chart', id: chart.id });
  };
  const notes = (after: string) => {
    const cells = [first.notes?.get(after), second.notes?.get(after)] as [string | undefined, string | undefined];
    if (cells[0] !== undefined || cells[1] !== undefined) rows.push({ kind: 'note', after, cells });
  };
  notes('p0');
  for (const [index, section] of shape.sections.entries()) {
    if (index > 0) rows.push({ kind: 'section', index, cells: [heading(first, index, 'first'), heading(second, index, 'second')] });
    charts(index, undefined);
    for (const { id } of section.paragraphs) {
      rows.push({ kind: 'paragraph', id, cells: [paragraph(first, id, 'first'), paragraph(second, id, 'second')] });
      notes(id);
      charts(index, id);
    }
  }
  for (const [which, text] of [
    ['first', first],
    ['second', second],
  ] as const) {
    const placed = new Set(['p0', ...rows.flatMap((row) => (row.kind === 'paragraph' ? [row.id] : []))]);
    for (const after of text.notes?.keys() ?? [])
      if (!placed.has(after)) throw new Error(`The ${which} text has a translator's note after ${after}, a paragraph the chapter does not have`);
    if (text.sectionIds.length !== shape.sections.length - 1 || text.paragraphs.size !== rows.filter((row) => row.kind === 'paragraph').length) {
      throw new Error(
        `The ${which} text has ${text.sectionIds.length} headings and ${text.paragraphs.size} paragraphs; the chapter has ${shape.sections.length - 1} and ${shape.sections.flatMap((s) => s.paragraphs).length}`,
      );
    }
  }
  return rows;
}

import { sourceLocale } from '../i18n/locales';
import { mdxToMdast } from 'satteri';
import { locales, type Locale } from '../i18n/locales';
import type { ChapterPlan } from './chapters';

/**
 * Parallel reading pairs the paragraphs of two languages by their place in the chapter, never by guessing:
 * the n-th section (a `##` heading) of a translation with the n-th section of the Chinese original, and in
 * it the paragraphs one to one, so that p1 … pN (lib/markdown.ts numbers them in the same way) name the
 * same paragraph in every language. This module reads that structure from a chapter's MDX with the same
 * parser that renders it, checks a translation against the original (a paragraph or a section more or
 * fewer would shift every later pair), and lines up rendered blocks into rows for the parallel page.
 */

/** The languages a chapter has its own text in (not the Chinese original standing in): what can be paired. */
export function translatedLanguages(plan: Pick<ChapterPlan, 'page'>, slug: string): Locale[] {
  return locales.filter((lang) => !plan.page(lang, slug).fallback);
}

/** Chart elements in MDX. `Figure` is today's name; `Chart` is the name it is being given. */
const chartElements = new Set(['Figure', 'Chart']);

export interface ParagraphShape {
  /** p1 … pN, counted over the whole chapter, as the rendered page numbers them. */
  id: string;
  /** The line in the body where the paragraph starts. */
  line: number;
  /** The figures it cites with <Num id>, in order: a translation cites the same ones in the same paragraph. */
  figures: string[];
}

export interface SectionShape {
  /** The `##` heading's text; none for the text before the first heading. */
  heading?: string | undefined;
  line: number;
  paragraphs: ParagraphShape[];
}

export interface ChartPlace {
  id: string;
  line: number;
  /** The section it stands in (0: before the first heading). */
  section: number;
  /** The paragraph of that section it follows; none when it comes right after the heading. */
  after?: string | undefined;
}

export interface ChapterShape {
  /** sections[0] is the text before the first `##` heading, present even when empty. */
  sections: SectionShape[];
  charts: ChartPlace[];
  /**
   * Translator's notes that do not stand on their own right after a paragraph: the parallel view sets a
   * note under the pair it follows (lib/markdown.ts tells it which), so anywhere else it would be misplaced.
   */
  misplacedNotes: { line: number; why: string }[];
}

interface MdastNode {
  type: string;
  depth?: number;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
  position?: { start: { line: number } };
}

const textOf = (node: MdastNode): string => node.value ?? (node.children ?? []).map(textOf).join('');

const idOf = (node: MdastNode) => {
  const value = node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
  return typeof value === 'string' ? value : '';
};

function citedFigures(node: MdastNode): string[] {
  if (node.type === 'mdxJsxTextElement' && node.name === 'Num') return [idOf(node)];
  return (node.children ?? []).flatMap(citedFigures);
}

/** The sections, paragraphs and charts of a chapter's MDX body. Throws where the MDX does not parse. */
const isNote = (node: MdastNode) => node.type.startsWith('mdxJsx') && node.name === 'TranslatorNote';
const nestedNotes = (node: MdastNode): MdastNode[] => (node.children ?? []).flatMap((child) => [...(isNote(child) ? [child] : []), ...nestedNotes(child)]);

/** What a misplaced note follows, in an editor's words. */
function follows(node: MdastNode | undefined): string {
  if (!node) return 'it opens the chapter';
  if (node.type === 'heading') return 'it follows a heading';
  if (isNote(node)) return 'it follows another note (one note per paragraph: put both in one)';
  if (node.type === 'mdxJsxFlowElement') return `it follows <${node.name ?? ''}>`;
  return `it follows a ${node.type}`;
}

export function chapterShape(body: string): ChapterShape {
  const root = mdxToMdast(body) as MdastNode;
  const sections: SectionShape[] = [{ line: 1, paragraphs: [] }];
  const charts: ChartPlace[] = [];
  const misplacedNotes: ChapterShape['misplacedNotes'] = [];
  let count = 0;
  let previous: MdastNode | undefined;
  for (const node of root.children ?? []) {
    const line = node.position?.start.line ?? 1;
    if (isNote(node) && previous?.type !== 'paragraph') misplacedNotes.push({ line, why: follows(previous) });
    for (const nested of isNote(node) ? [] : nestedNotes(node)) misplacedNotes.push({ line: nested.position?.start.line ?? line, why: 'it stands inside another element' });
    previous = node;
    if (node.type === 'heading' && node.depth === 2) {
      sections.push({ heading: textOf(node).trim(), line, paragraphs: [] });
    } else if (node.type === 'paragraph') {
      count += 1;
      const section = sections.at(-1)!;
      // The opening has no heading line to point at: its first paragraph stands for it.
      if (section.heading === undefined && !section.paragraphs.length) section.line = line;
      section.paragraphs.push({ id: `p${count}`, line, figures: citedFigures(node) });
    } else if (node.type === 'mdxJsxFlowElement' && chartElements.has(node.name ?? '')) {
      charts.push({ id: idOf(node), line, section: sections.length - 1, after: sections.at(-1)!.paragraphs.at(-1)?.id });
    }
  }
  return { sections, charts, misplacedNotes };
}

export interface ShapedChapter {
  /** The file, as problems name it. */
  file: string;
  shape: ChapterShape;
  /** The file's line number of the body's first line, so that problems point at the editor's lines. */
  firstLine?: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What keeps a translation from pairing with the Chinese original, one line per problem, each naming the
 * file and line, the section and the paragraph. Empty when every section and paragraph has its counterpart.
 */
export function checkAlignment(original: ShapedChapter, translation: ShapedChapter): string[] {
  const problems: string[] = [];
  const at = (chapter: ShapedChapter, line: number) => `${chapter.file}:${line + (chapter.firstLine ?? 1) - 1}`;
  const name = (section: SectionShape, index: number) =>
    section.heading === undefined ? 'the opening (before the first ## heading)' : `section ${index} “${section.heading}”`;
  const ours = translation.shape.sections;
  const theirs = original.shape.sections;

  if (ours.length !== theirs.length) {
    const extra = ours.length > theirs.length;
    const first = extra ? ours[theirs.length]! : theirs[ours.length]!;
    const index = extra ? theirs.length : ours.length;
    problems.push(
      `${at(translation, extra ? first.line : ours.at(-1)!.line)}: has ${plural(ours.length - 1, 'section')} (## headings), ` +
        `the Chinese original ${original.file} has ${theirs.length - 1}: ` +
        (extra
          ? `${name(first, index)} has no counterpart in the original`
          : `the original's ${name(first, index)} (${at(original, first.line)}) has no counterpart here`) +
        '. Sections pair by their place: both need the same ## headings.',
    );
  }

  const shared = Math.min(ours.length, theirs.length);
  for (let index = 0; index < shared; index++) {
    const mine = ours[index]!;
    const source = theirs[index]!;
    if (mine.paragraphs.length !== source.paragraphs.length) {
      const where = name(mine, index);
      const missing = mine.paragraphs.length < source.paragraphs.length;
      const first = missing ? source.paragraphs[mine.paragraphs.length]! : mine.paragraphs[source.paragraphs.length]!;
      problems.push(
        `${at(translation, mine.paragraphs.at(-1)?.line ?? mine.line)}: ${where} has ${plural(mine.paragraphs.length, 'paragraph')}, ` +
          `the Chinese original's (${at(original, source.line)}) has ${source.paragraphs.length}: ` +
          (missing
            ? `the original's paragraph ${first.id} (${at(original, first.line)}) has no translation`
            : `paragraph ${first.id} (${at(translation, first.line)}) has no counterpart in the original`) +
          '. Paragraphs pair one to one: a missing or extra blank line splits or joins paragraphs.',
      );
      // The later paragraphs of this chapter are shifted: comparing their figures would only repeat this.
      return problems;
    }
    mine.paragraphs.forEach((paragraph, i) => {
      const counterpart = source.paragraphs[i]!;
      const cited = [...paragraph.figures].sort().join(', ');
      const expected = [...counterpart.figures].sort().join(', ');
      if (cited !== expected) {
        problems.push(
          `${at(translation, paragraph.line)}: paragraph ${paragraph.id} of ${name(mine, index)} cites ${cited || 'no figure'}, ` +
            `but the original's ${counterpart.id} (${at(original, counterpart.line)}) cites ${expected || 'no figure'}: a paragraph cites the same figures in every language.`,
        );
      }
    });
  }
  if (problems.length) return problems;

  const placed = (charts: ChartPlace[]) => charts.map((chart) => `${chart.id}@${chart.section}:${chart.after ?? ''}`).join(' ');
  if (placed(translation.shape.charts) !== placed(original.shape.charts)) {
    const describe = (charts: ChartPlace[]) =>
      charts
        .map((chart) => `“${chart.id}” ${chart.after ? `after ${chart.after}` : chart.section ? `right after the heading of section ${chart.section}` : 'before p1'}`)
        .join(', ') || 'none';
    problems.push(
      `${translation.file}: charts ${describe(translation.shape.charts)}; the Chinese original ${original.file} has ${describe(original.shape.charts)}. ` +
        'A chart stands at the same place in every language.',
    );
  }
  return problems;
}

export interface ChapterText {
  file: string;
  lang: string;
  slug: string;
  body: string;
  firstLine?: number | undefined;
}

/**
 * Every translation against its Chinese original (`source`), as the content loading runs it. A body that
 * does not parse is left to the MDX compiler, whose message gives the line and column.
 */
export function checkTranslations(chapters: readonly ChapterText[], source: string = sourceLocale): string[] {
  const shaped = new Map<ChapterText, ShapedChapter>();
  for (const chapter of chapters) {
    try {
      shaped.set(chapter, { file: chapter.file, shape: chapterShape(chapter.body), firstLine: chapter.firstLine });
    } catch {
      continue;
    }
  }
  const originals = new Map(chapters.filter((c) => c.lang === source && shaped.has(c)).map((c) => [c.slug, shaped.get(c)!]));
  const notes = [...shaped.values()].flatMap(({ file, shape, firstLine = 1 }) =>
    shape.misplacedNotes.map(({ line, why }) => `${file}:${line + firstLine - 1}: <TranslatorNote> stands on its own right after the paragraph it explains, but ${why}.`),
  );
  return [...notes, ...chapters.flatMap((chapter) => {
    const original = originals.get(chapter.slug);
    const translation = shaped.get(chapter);
    return chapter.lang === source || !original || !translation ? [] : checkAlignment(original, translation);
  })];
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

export interface Cell {
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
  for (const [which, text] of [['first', first], ['second', second]] as const) {
    const placed = new Set(['p0', ...rows.flatMap((row) => (row.kind === 'paragraph' ? [row.id] : []))]);
    for (const after of text.notes?.keys() ?? []) if (!placed.has(after)) throw new Error(`The ${which} text has a translator's note after ${after}, a paragraph the chapter does not have`);
    if (text.sectionIds.length !== shape.sections.length - 1 || text.paragraphs.size !== rows.filter((row) => row.kind === 'paragraph').length) {
      throw new Error(`The ${which} text has ${text.sectionIds.length} headings and ${text.paragraphs.size} paragraphs; the chapter has ${shape.sections.length - 1} and ${shape.sections.flatMap((s) => s.paragraphs).length}`);
    }
  }
  return rows;
}

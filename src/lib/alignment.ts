import { sourceLocale } from '../i18n/locales';
import { messages } from './messages';
import { chapterShape, type ChapterShape, type ChartPlace, type SectionShape } from './chapter-shape';
import type { ChapterNode } from './chapter-tree';

/**
 * A translation checked against its Chinese original before anything renders: a paragraph or a section
 * more or fewer would shift every later pair of the parallel view and every #pN link, so the build names
 * the file and line instead (lib/chapter-shape.ts reads the structure both are compared by).
 */
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
    const sections = plural(ours.length - 1, 'section');
    const count = String(theirs.length - 1);
    problems.push(
      `${at(translation, extra ? first.line : ours.at(-1)!.line)}: ` +
        (extra
          ? messages.extraSection(sections, original.file, count, name(first, index))
          : messages.missingSection(sections, original.file, count, name(first, index), at(original, first.line))),
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
      const paragraphs = plural(mine.paragraphs.length, 'paragraph');
      const theirs = [at(original, source.line), String(source.paragraphs.length), first.id] as const;
      problems.push(
        `${at(translation, mine.paragraphs.at(-1)?.line ?? mine.line)}: ` +
          (missing
            ? messages.missingParagraph(where, paragraphs, ...theirs, at(original, first.line))
            : messages.extraParagraph(where, paragraphs, ...theirs, at(translation, first.line))),
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
          `${at(translation, paragraph.line)}: ` +
            messages.paragraphFigures(
              paragraph.id,
              name(mine, index),
              cited || 'no figure',
              counterpart.id,
              at(original, counterpart.line),
              expected || 'no figure',
            ),
        );
      }
    });
  }
  if (problems.length) return problems;

  const placed = (charts: ChartPlace[]) => charts.map((chart) => `${chart.id}@${chart.section}:${chart.after ?? ''}`).join(' ');
  if (placed(translation.shape.charts) !== placed(original.shape.charts)) {
    const describe = (charts: ChartPlace[]) =>
      charts
        .map(
          (chart) =>
            `“${chart.id}” ${chart.after ? `after ${chart.after}` : chart.section ? `right after the heading of section ${chart.section}` : 'before p1'}`,
        )
        .join(', ') || 'none';
    problems.push(`${translation.file}: ${messages.chartPlaces(describe(translation.shape.charts), original.file, describe(original.shape.charts))}`);
  }
  return problems;
}

export interface ChapterText {
  file: string;
  lang: string;
  slug: string;
  /** The chapter's tree (lib/chapter-tree.ts); none when its MDX does not parse, which the MDX compiler reports. */
  tree: ChapterNode | undefined;
  firstLine?: number | undefined;
}

/** Every translation against its Chinese original (`source`), as the content loading runs it. */
export function checkTranslations(chapters: readonly ChapterText[], source: string = sourceLocale): string[] {
  const shaped = new Map<ChapterText, ShapedChapter>();
  for (const chapter of chapters) {
    if (chapter.tree) shaped.set(chapter, { file: chapter.file, shape: chapterShape(chapter.tree), firstLine: chapter.firstLine });
  }
  const originals = new Map(chapters.filter((c) => c.lang === source && shaped.has(c)).map((c) => [c.slug, shaped.get(c)!]));
  const notes = [...shaped.values()].flatMap(({ file, shape, firstLine = 1 }) =>
    shape.misplacedNotes.map(({ line, why }) => `${file}:${line + firstLine - 1}: ${messages.misplacedNote(why)}`),
  );
  return [
    ...notes,
    ...chapters.flatMap((chapter) => {
      const original = originals.get(chapter.slug);
      const translation = shaped.get(chapter);
      return chapter.lang === source || !original || !translation ? [] : checkAlignment(original, translation);
    }),
  ];
}

import { attributeOf, isComment, lineOf, nodesOf, textOf, type ChapterNode } from './chapter-tree';

/**
 * The structure parallel reading pairs by: the n-th section (a `##` heading) of a translation with the
 * n-th section of the Chinese original, and in it the paragraphs one to one, so that p1 … pN
 * (lib/markdown.ts numbers them in the same way) name the same paragraph in every language. Read from the
 * chapter's one tree, so it sees exactly what the renderer sees (a commented-out tag is not there).
 */
interface ParagraphShape {
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

/** A `##` heading as its text reads (MDX comments and expressions are no text). */
const headingText = (node: ChapterNode) => textOf(node).trim();

/** The figures a paragraph cites with <Num id>, in the order of the text. */
const citedFigures = (node: ChapterNode): string[] =>
  [...nodesOf(node)].filter((child) => child.type === 'mdxJsxTextElement' && child.name === 'Num').map((child) => attributeOf(child, 'id') ?? '');

const isNote = (node: ChapterNode) => node.type.startsWith('mdxJsx') && node.name === 'TranslatorNote';
const nestedNotes = (node: ChapterNode): ChapterNode[] =>
  (node.children ?? []).flatMap((child) => [...(isNote(child) ? [child] : []), ...nestedNotes(child)]);

/** What a misplaced note follows, in an editor's words. */
function follows(node: ChapterNode | undefined): string {
  if (!node) return 'it opens the chapter';
  if (node.type === 'heading') return 'it follows a heading';
  if (isNote(node)) return 'it follows another note (one note per paragraph: put both in one)';
  if (node.type === 'mdxJsxFlowElement') return `it follows <${node.name ?? ''}>`;
  return `it follows a ${node.type}`;
}

/** The sections, paragraphs and charts of a chapter, read from its tree (lib/chapter-tree.ts). */
export function chapterShape(root: ChapterNode): ChapterShape {
  const sections: SectionShape[] = [{ line: 1, paragraphs: [] }];
  const charts: ChartPlace[] = [];
  const misplacedNotes: ChapterShape['misplacedNotes'] = [];
  let count = 0;
  let previous: ChapterNode | undefined;
  for (const node of root.children ?? []) {
    // Frontmatter and MDX comments are not in the page: they neither separate nor hold anything.
    if (node.type === 'yaml' || (node.type === 'mdxFlowExpression' && isComment(node.value ?? ''))) continue;
    const line = lineOf(node);
    if (isNote(node) && previous?.type !== 'paragraph') misplacedNotes.push({ line, why: follows(previous) });
    for (const nested of isNote(node) ? [] : nestedNotes(node))
      misplacedNotes.push({ line: lineOf(nested, line), why: 'it stands inside another element' });
    previous = node;
    if (node.type === 'heading' && node.depth === 2) {
      sections.push({ heading: headingText(node), line, paragraphs: [] });
    } else if (node.type === 'paragraph') {
      count += 1;
      const section = sections.at(-1)!;
      // The opening has no heading line to point at: its first paragraph stands for it.
      if (section.heading === undefined && !section.paragraphs.length) section.line = line;
      section.paragraphs.push({ id: `p${count}`, line, figures: citedFigures(node) });
    } else if (node.type === 'mdxJsxFlowElement' && node.name === 'Chart') {
      charts.push({ id: attributeOf(node, 'id') ?? '', line, section: sections.length - 1, after: sections.at(-1)!.paragraphs.at(-1)?.id });
    }
  }
  return { sections, charts, misplacedNotes };
}

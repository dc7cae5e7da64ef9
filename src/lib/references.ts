import { attributeOf, isElement, lineOf, nodesOf, type ChapterNode } from './chapter-tree';
import { messages } from './messages';

/**
 * Editors cite figures and charts in MDX by id (<Num id="…"/>, <Chart id="…"/>). These are checked
 * before anything renders, so a typo stops the build with the file, the line and the id, instead of an
 * empty span on the page.
 */
export const citingComponents = ['Num', 'Chart', 'KeyFigures'] as const;
export type CitingComponent = (typeof citingComponents)[number];

/** Components that cite nothing: a translator's note, set apart from the report's text. */
export const proseComponents = ['TranslatorNote'] as const;
export type ChapterComponent = CitingComponent | (typeof proseComponents)[number];

/** Names that components once had, and what to write now: an old habit gets advice, not a crash. */
export const renamed: Record<string, CitingComponent> = { Figure: 'Chart' };

export interface Reference {
  component: CitingComponent;
  attribute: string;
  value: string;
  line: number;
}

const isCiting = (name: string): name is CitingComponent => (citingComponents as readonly string[]).includes(name);

/** The site's citing components and their former names, as elements of a chapter's tree. */
const tagsOf = (tree: ChapterNode) => [...nodesOf(tree)].filter((node) => isElement(node) && (isCiting(node.name ?? '') || (node.name ?? '') in renamed));

/** Literal attributes only: an expression value is refused by lib/mdx-content before this matters. */
const literalAttributes = (node: ChapterNode) =>
  (node.attributes ?? []).flatMap((attribute) =>
    attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' ? [[attribute.name ?? '', attribute.value] as const] : [],
  );

/** Every attribute of every citing component in a chapter's tree, at the body's line. */
export function findReferences(tree: ChapterNode): Reference[] {
  return tagsOf(tree).flatMap((tag) =>
    isCiting(tag.name ?? '')
      ? literalAttributes(tag).map(([attribute, value]) => ({ component: tag.name as CitingComponent, attribute, value, line: lineOf(tag) }))
      : [],
  );
}

export interface KnownIds {
  figures: ReadonlySet<string>;
  charts: ReadonlySet<string>;
  chapters: ReadonlySet<string>;
}

/** What each component's attribute must name, and where editors find the valid names. */
const targets: Record<CitingComponent, { attribute: string; kind: keyof KnownIds; notFound: (value: string) => string }> = {
  Num: { attribute: 'id', kind: 'figures', notFound: messages.figureNotFound },
  Chart: { attribute: 'id', kind: 'charts', notFound: messages.chartNotFound },
  KeyFigures: { attribute: 'chapter', kind: 'chapters', notFound: messages.chapterNotFound },
};

/** `firstLine`: the file's line number of the body's first line (the frontmatter comes before it). */
export function checkReferences(file: string, tree: ChapterNode, known: KnownIds, firstLine = 1): string[] {
  return tagsOf(tree).flatMap((tag) => {
    const name = tag.name ?? '';
    const at = `${file}:${lineOf(tag) + firstLine - 1}`;
    if (!isCiting(name)) {
      const now = renamed[name]!;
      const attributes = literalAttributes(tag)
        .map(([key, value]) => ` ${key}="${value}"`)
        .join('');
      return [`${at}: ${messages.renamed(name, now, `<${now}${attributes}/>`)}`];
    }
    const target = targets[name];
    const value = attributeOf(tag, target.attribute);
    if (value === undefined) return [`${at}: ${messages.needsAttribute(name, target.attribute)}`];
    if (known[target.kind].has(value)) return [];
    if (name === 'Chart' && known.figures.has(value)) return [`${at}: ${messages.chartIsAFigure(value)}`];
    return [`${at}: ${target.notFound(value)}`];
  });
}

import { mdxToMdast } from 'satteri';

/**
 * A chapter's MDX, parsed once into a tree (mdast with MDX nodes, from Sätteri: the parser that renders
 * it), for every rule to read: what a chapter may contain (lib/mdx-content.ts), which figures and charts it
 * cites (lib/references.ts), its sections and paragraphs for parallel reading (lib/chapter-shape.ts), its
 * sentences and words (lib/content-checks.ts). No rule reads the text with a pattern of its own, so
 * `<Num id = "x" />`, `id='x'` and `id="x"` are one citation everywhere, and a tag inside an MDX comment
 * (`{/* <Num id="x"/> *\/}`) is a comment everywhere.
 */
export interface ChapterNode {
  type: string;
  depth?: number;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: ChapterAttribute[];
  children?: ChapterNode[];
  position?: { start: { line: number } };
}

interface ChapterAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

const parsed = new Map<string, ChapterNode>();

/**
 * Throws where the MDX does not parse (the message gives line and column). A body is parsed once per
 * process: the content check, the figures' reading order and every parallel page of a chapter share its
 * tree, which no rule changes.
 */
export function parseChapter(body: string): ChapterNode {
  let tree = parsed.get(body);
  if (!tree) {
    tree = mdxToMdast(body) as ChapterNode;
    // `astro dev` parses every saved version: keep the memory bounded over a day of editing.
    if (parsed.size > 1000) parsed.clear();
    parsed.set(body, tree);
  }
  return tree;
}

/**
 * The parser's own words for MDX that does not parse ("3:1: Unexpected character …"), at the file's line:
 * the parser counts from the body's first line, an editor from the file's.
 */
export function parseProblem(error: unknown, file: string, firstLine: number): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):(\d+): /.exec(message);
  return at ? `${file}:${Number(at[1]) + firstLine - 1}:${at[2]}: ${message.slice(at[0].length)}` : `${file}: ${message}`;
}

export const lineOf = (node: ChapterNode, fallback = 1) => node.position?.start.line ?? fallback;

/** Every node of the tree, parents before their children, in the order of the text. */
export function* nodesOf(node: ChapterNode): Generator<ChapterNode> {
  yield node;
  for (const child of node.children ?? []) yield* nodesOf(child);
}

export const isElement = (node: ChapterNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** An element's attribute written as a literal string (`id="x"`, `id='x'`, `id = "x"`); undefined otherwise. */
export function attributeOf(node: ChapterNode, name: string): string | undefined {
  const value = node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** An expression that is only comments (`{/* … *\/}`): MDX compiles it to nothing. */
export const isComment = (expression: string) => /^\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)+$/.test(expression);

/** The words of a node as a reader sees them (a <Num> shows its figure: `printNum` says how). */
export function textOf(node: ChapterNode, printNum: (id: string) => string = () => ''): string {
  if (node.type === 'mdxJsxTextElement' && node.name === 'Num') return printNum(attributeOf(node, 'id') ?? '');
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm') return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return '\n';
  return (node.children ?? []).map((child) => textOf(child, printNum)).join('');
}

/** A figure as the marker that stands for it while a paragraph is cut into sentences. */
// A private-use character: the report's text never holds one.
const marker = (id: string) => `\ue000${id}\ue000`;
const markers = /\ue000([^\ue000]*)\ue000/g;

/**
 * The Chinese sentences of a chapter's paragraphs, ending at 。, each with the figures it cites and its
 * words with every <Num/> printed by `printNum`, at the line where it ends (a sentence starts after the
 * last line break before it, as the report's sentences stand one to a line).
 */
export function sentencesOf(tree: ChapterNode, printNum: (id: string) => string): { text: string; line: number; figures: string[] }[] {
  const found: { text: string; line: number; figures: string[] }[] = [];
  for (const paragraph of nodesOf(tree)) {
    if (paragraph.type !== 'paragraph') continue;
    let line = lineOf(paragraph);
    for (const part of textOf(paragraph, marker).split(/(?<=。)/)) {
      const lines = part.split('\n');
      line += lines.length - 1;
      const last = lines.at(-1)!.trim();
      found.push({ text: last.replace(markers, (_, id: string) => printNum(id)), line, figures: [...last.matchAll(markers)].map((match) => match[1]!) });
    }
  }
  return found;
}

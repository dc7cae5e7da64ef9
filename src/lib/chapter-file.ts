/**
 * One chapter file as an editor saved it: its bytes, its frontmatter and its body, checked on their own,
 * before any other file is looked at. Every file's problems are returned (none is thrown), so the build
 * and the preview list the mistakes of all files at once, each at the editor's line.
 *
 * The frontmatter is held to src/schemas/chapter.ts here, not by Astro (which stops at the first file
 * that breaks a schema): src/loaders.ts calls this for each file and keeps a broken one as its problems.
 */
import { chapterSchema, type Chapter } from '../schemas';
import { messages } from './messages';
import { schemaProblems } from './schema-problems';
import { parseChapter, parseProblem } from './chapter-tree';
import { mdxContentProblems } from './mdx-content';

/** What a file's bytes say before Markdown is read: undefined when they are text in UTF-8. */
function encodingProblem(file: string, bytes: Uint8Array): string | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    return `${file}: ${messages.notUtf8()}`;
  }
}

/** The file's lines as the editor numbers them (a byte-order mark and CRLF are an editor's choice). */
const linesOf = (text: string) => text.replace(/^\uFEFF/, '').split(/\r?\n/);

/**
 * The frontmatter's fences and YAML, in words: a file that does not open with ---, one whose --- never
 * closes (the fields would be printed as text), and a colon inside a value, which YAML reads as a new field.
 * `yamlError` is the YAML parser's complaint, if it had one, with the file's line number.
 */
function frontmatterProblems(file: string, text: string, yamlError?: { line: number; reason: string }): string[] {
  const lines = linesOf(text);
  if (lines[0]?.trim() !== '---') return [`${file}:1: ${messages.noFrontmatter()}`];
  const closing = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (closing < 0) return [`${file}:1: ${messages.frontmatterNotClosed()}`];
  if (!yamlError) return [];
  // YAML names the line where it gave up, which may be the one after the colon: look there and just before.
  for (const at of [yamlError.line, yamlError.line - 1]) {
    const field = /^([A-Za-z]\w*):\s+(.*?:\s.*?)\s*$/.exec(lines[at - 1] ?? '');
    if (field && !/^["']/.test(field[2]!)) return [`${file}:${at}: ${messages.colonInValue(field[1]!, field[2]!)}`];
  }
  return [`${file}:${yamlError.line}: ${messages.notYaml(yamlError.reason)}`];
}

export type FrontmatterCheck = { chapter: Chapter; problems: [] } | { chapter?: undefined; problems: string[] };

/**
 * Everything one chapter file can be told on its own, from its bytes: the encoding, the frontmatter's
 * fences, YAML and fields, and its body as content (headings, images, no code). `frontmatter` is what the site's frontmatter
 * parser made of the file: its data, or its complaint with the file's line; `exists` answers for a path
 * relative to the chapter's folder.
 */
export function checkChapterFile(
  file: string,
  bytes: Uint8Array,
  frontmatter: { data: unknown; body?: string } | { yamlError: { line: number; reason: string } },
  exists: (relative: string) => boolean,
): FrontmatterCheck {
  const encoding = encodingProblem(file, bytes);
  if (encoding) return { problems: [encoding] };
  const text = new TextDecoder().decode(bytes);
  const data = 'data' in frontmatter ? frontmatter.data : undefined;
  const yamlError = 'yamlError' in frontmatter ? frontmatter.yamlError : undefined;
  const syntax = frontmatterProblems(file, text, yamlError);
  if (syntax.length) return { problems: syntax };
  // The body as the site's parser cut it, when given, is the text every later rule parses: one tree for all.
  const given = 'body' in frontmatter ? frontmatter.body : undefined;
  const [body, firstLine] =
    given !== undefined && text.endsWith(given) ? [given, text.slice(0, text.length - given.length).split('\n').length] : bodyOf(text);
  const problems = bodyProblems(file, body, firstLine, exists);
  const fields = checkFrontmatter(file, text, data);
  return problems.length ? { problems: [...fields.problems, ...problems] } : fields;
}

/** The frontmatter held to the chapter schema, every issue at the line that sets its field. */
function checkFrontmatter(file: string, text: string, data: unknown): FrontmatterCheck {
  const lines = linesOf(text);
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  const { value, problems } = schemaProblems(chapterSchema, data, { file, lines: lines.slice(0, end < 0 ? undefined : end), noun: 'a chapter' });
  return value ? { chapter: value, problems: [] } : { problems };
}

/** The text after the frontmatter's closing ---, and the file's line number of its first line. */
function bodyOf(text: string): [string, number] {
  const lines = linesOf(text);
  const closing = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  return [lines.slice(closing + 1).join('\n'), closing + 2];
}

/**
 * The body's own mistakes that need no other file, read from its tree (lib/chapter-tree) by the rules of
 * lib/mdx-content: a `# ` heading, an image on another site or missing from the chapter's folder, and
 * anything that is not content. MDX that does not parse is named in the parser's words, at the file's line and column.
 */
function bodyProblems(file: string, body: string, firstLine: number, exists: (relative: string) => boolean): string[] {
  let tree;
  try {
    tree = parseChapter(body);
  } catch (error) {
    return [parseProblem(error, file, firstLine)];
  }
  return mdxContentProblems(file, tree, { firstLine, imageExists: exists });
}

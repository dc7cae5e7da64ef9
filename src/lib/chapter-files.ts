/**
 * A chapter's file name repeats its order and slug (NN-slug.mdx), so that a folder listing reads in the
 * report's order and an editor finds a chapter by name. Without this check `en/family.mdx`, or
 * `zh/09-family.mdx` with `order: 4`, would build without a word and the listing would lie. Pure; the
 * build's content check (lib/content-checks.ts) calls it for every chapter file.
 */
import { messages } from './messages';

export function expectedFileName(chapter: { order: number; slug: string }): string {
  return `${String(chapter.order).padStart(2, '0')}-${chapter.slug}.mdx`;
}

export function chapterFileNameProblems(file: string, chapter: { order: number; slug: string }): string[] {
  const name = file.split(/[\\/]/).pop() ?? file;
  const expected = expectedFileName(chapter);
  if (name === expected) return [];
  const number = /^(\d+)-/.exec(name)?.[1];
  const why =
    number === undefined
      ? 'the name starts with the order number'
      : Number(number) !== chapter.order
        ? `the number ${number} is not its order ${chapter.order}`
        : `the name is not its slug "${chapter.slug}"`;
  return [`${file}: ${messages.fileName(expected, why)}`];
}

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { chapterFileNameProblems, expectedFileName } from './chapter-files';

describe('a chapter’s file name repeats its order and slug', () => {
  const family = { order: 4, slug: 'family' };
  it('accepts NN-slug.mdx', () => {
    expect(expectedFileName(family)).toBe('04-family.mdx');
    expect(chapterFileNameProblems('content/chapters/zh/04-family.mdx', family)).toEqual([]);
  });

  it('says what the name should be and why', () => {
    expect(chapterFileNameProblems('content/chapters/en/family.mdx', family)).toEqual([
      'content/chapters/en/family.mdx: the file name should be 04-family.mdx (NN-slug.mdx: the name starts with the order number)',
    ]);
    expect(chapterFileNameProblems('content/chapters/zh/09-family.mdx', family)).toEqual([
      'content/chapters/zh/09-family.mdx: the file name should be 04-family.mdx (NN-slug.mdx: the number 09 is not its order 4)',
    ]);
    expect(chapterFileNameProblems('content/chapters/ko/04-families.mdx', family)).toEqual([
      'content/chapters/ko/04-families.mdx: the file name should be 04-family.mdx (NN-slug.mdx: the name is not its slug "family")',
    ]);
  });

  it('finds nothing wrong with the report’s own chapters', () => {
    const root = join(import.meta.dirname, '../../content/chapters');
    const problems = readdirSync(root).flatMap((lang) =>
      readdirSync(join(root, lang)).flatMap((name) => {
        const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, lang, name), 'utf8'))?.[1] ?? '';
        return chapterFileNameProblems(`${lang}/${name}`, parse(frontmatter));
      }),
    );
    expect(problems).toEqual([]);
  });
});

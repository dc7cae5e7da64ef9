import { describe, expect, it } from 'vitest';
import { chapterSummary } from './content-summary';

const shown = (lang: string, name: string) => `content/chapters/${lang}/${name}`;
const chapters = ['00-prologue.mdx', '04-family.mdx', '09-thanks.mdx'];

describe("the build's summary names chapters that are not what they seem", () => {
  it('says nothing when every chapter is translated and saved as .mdx', () => {
    expect(
      chapterSummary(
        new Map([
          ['zh', chapters],
          ['ko', chapters],
          ['en', chapters],
        ]),
        'zh',
        shown,
      ),
    ).toEqual([]);
  });

  it('names, per language, the chapters shown in Chinese, and a chapter saved as .md', () => {
    const folders = new Map([
      ['zh', chapters],
      ['ko', ['00-prologue.mdx', '04-family.md']],
      ['en', chapters],
    ]);
    expect(chapterSummary(folders, 'zh', shown)).toEqual([
      'Shown in Chinese in ko (no translation yet): content/chapters/zh/04-family.mdx, content/chapters/zh/09-thanks.mdx',
      'Not part of the site: content/chapters/ko/04-family.md (a chapter is an .mdx file: rename it 04-family.mdx)',
    ]);
  });
});

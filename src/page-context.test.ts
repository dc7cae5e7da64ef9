import { describe, expect, it } from 'vitest';
import { chapterContext, chapterContextIfAny, setChapterContext, type ChapterContext } from './page-context';

describe('the chapter context', () => {
  const family: ChapterContext = { lang: 'ko', contentLang: 'zh', chapter: 'family' };

  it('gives a component the chapter its page set', () => {
    const astro = { locals: {} };
    setChapterContext(astro, family);
    expect(chapterContext(astro, 'Num')).toEqual(family);
    expect(chapterContextIfAny(astro)).toEqual(family);
  });

  it('fails outside a chapter, naming the component, instead of guessing a language', () => {
    const astro = { locals: {} };
    expect(chapterContextIfAny(astro)).toBeUndefined();
    expect(() => chapterContext(astro, 'TranslatorNote')).toThrow(
      "<TranslatorNote> needs the chapter it stands in, and this page renders none: it belongs in a chapter's text (a page that renders one calls setChapterContext, src/page-context.ts).",
    );
  });
});

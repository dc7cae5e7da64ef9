import { describe, expect, it } from 'vitest';
import { absoluteUrl, makePaths, parallelPartners } from './paths';

describe('one URL scheme, at the root or under any subpath', () => {
  it.each(['/', '/yanbian-2019/', '/yanbian-2019'])('base %s', (base) => {
    const paths = makePaths(base);
    const prefix = base === '/' ? '' : '/yanbian-2019';
    expect(paths.home()).toBe(`${prefix}/`);
    expect(paths.cover('ko')).toBe(`${prefix}/ko/`);
    expect(paths.chapter('en', 'family')).toBe(`${prefix}/en/family/`);
    expect(paths.page('zh', 'about')).toBe(`${prefix}/zh/about/`);
    expect(paths.route('zh', { kind: 'chapter', slug: 'reform' })).toBe(`${prefix}/zh/reform/`);
    expect(paths.file('/favicon.svg')).toBe(`${prefix}/favicon.svg`);
    expect(paths.parallel('en', 'family')).toBe(`${prefix}/en/family/parallel/`);
  });

  describe('parallel reading', () => {
    const { parallel, route } = makePaths('/yanbian-2019/');

    it('shows the reader’s language beside the Chinese original by default, and Chinese beside Korean', () => {
      expect(parallelPartners('en')).toEqual(['zh', 'ko']);
      expect(parallelPartners('ko')).toEqual(['zh', 'en']);
      expect(parallelPartners('zh')).toEqual(['ko', 'en']);
      expect(parallel('en', 'family')).toBe('/yanbian-2019/en/family/parallel/');
      expect(parallel('en', 'family', 'zh')).toBe('/yanbian-2019/en/family/parallel/');
      expect(parallel('zh', 'family')).toBe('/yanbian-2019/zh/family/parallel/');
    });

    it('puts any other pair in the path, so that plain links choose it', () => {
      expect(parallel('en', 'family', 'ko')).toBe('/yanbian-2019/en/family/parallel/ko/');
      expect(parallel('zh', 'family', 'en')).toBe('/yanbian-2019/zh/family/parallel/en/');
      expect(parallel('ko', 'family', 'en')).toBe('/yanbian-2019/ko/family/parallel/en/');
    });

    it('keeps the second language when the reader switches to a third, and falls back to the default pair', () => {
      const pair = { kind: 'parallel', slug: 'family', with: 'ko' } as const;
      expect(route('zh', pair)).toBe('/yanbian-2019/zh/family/parallel/');
      expect(route('en', pair)).toBe('/yanbian-2019/en/family/parallel/ko/');
      expect(route('ko', pair)).toBe('/yanbian-2019/ko/family/parallel/');
    });

    it('never links a pair whose text is missing: another pair, or the chapter itself', () => {
      const translated = ['zh', 'en'] as const;
      expect(parallelPartners('zh', translated)).toEqual(['en']);
      expect(parallel('zh', 'family', undefined, translated)).toBe('/yanbian-2019/zh/family/parallel/');
      expect(parallel('zh', 'family', 'ko', translated)).toBe('/yanbian-2019/zh/family/parallel/');
      expect(parallel('ko', 'family', 'zh', translated)).toBe('/yanbian-2019/ko/family/');
      expect(parallel('zh', 'untranslated', undefined, ['zh'])).toBe('/yanbian-2019/zh/untranslated/');
    });
  });

  it('makes absolute URLs for canonical and hreflang links', () => {
    expect(absoluteUrl('/yanbian-2019/en/', 'https://example.org')).toBe('https://example.org/yanbian-2019/en/');
  });
});

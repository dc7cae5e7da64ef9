import { describe, expect, it } from 'vitest';
import { absoluteUrl, highlightedWords, makePaths, normalBase, parallelPartners, withHighlight } from './paths';

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
    expect(paths.csv('funds')).toBe(`${prefix}/data/funds.csv`);
    expect(paths.pagefind('pagefind.js')).toBe(`${prefix}/pagefind/pagefind.js`);
    expect(paths.figure('ko', { id: 'loans-issued', chapter: 'development' })).toBe(`${prefix}/ko/development/#fig-loans-issued`);
    expect(paths.parallel('en', 'family')).toBe(`${prefix}/en/family/parallel/`);
  });

  it('links a figure within its own chapter by the fragment alone', () => {
    expect(makePaths('/').figure('en', { id: 'loans-issued', chapter: 'development' }, 'development')).toBe('#fig-loans-issued');
  });

  it('carries the words a search matched to the page it opens, before the fragment', () => {
    const url = withHighlight('/zh/family/#家庭教育', ['家长', '学校']);
    expect(url).toBe('/zh/family/?highlight=%E5%AE%B6%E9%95%BF+%E5%AD%A6%E6%A0%A1#家庭教育');
    expect(highlightedWords(new URL(url, 'https://x.org').search)).toEqual(['家长', '学校']);
    expect(withHighlight('/en/rights/', [])).toBe('/en/rights/');
    expect(withHighlight('/en/search/?q=a', ['b'])).toBe('/en/search/?q=a&highlight=b');
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

  describe('the addresses beside the pages', () => {
    const sub = makePaths('yanbian-2019');
    const root = makePaths('/');

    it('writes any base with a slash at each end', () => {
      expect(normalBase('yanbian-2019')).toBe('/yanbian-2019/');
      expect(normalBase('/yanbian-2019')).toBe('/yanbian-2019/');
      expect(normalBase('')).toBe('/');
      expect(sub.home()).toBe('/yanbian-2019/');
    });

    it('leads to the glossary, its JSON and the kiosk worker under the base', () => {
      expect(sub.glossary('ko')).toBe('/yanbian-2019/ko/about/#glossary');
      expect(sub.glossaryData()).toBe('/yanbian-2019/data/glossary.json');
      expect(root.kioskWorker()).toBe('/sw.js');
      expect(sub.kioskWorker()).toBe('/yanbian-2019/sw.js');
    });

    it('gives a built file its address, a page as its directory', () => {
      expect(sub.builtFile('zh/family/index.html')).toBe('/yanbian-2019/zh/family/');
      expect(sub.builtFile('index.html')).toBe('/yanbian-2019/');
      expect(root.builtFile('pagefind/pagefind-entry.json')).toBe('/pagefind/pagefind-entry.json');
    });

    it('reads a path back under the base, and nothing outside it', () => {
      expect(sub.underBase('/yanbian-2019/zh/family/')).toBe('zh/family/');
      expect(sub.underBase('/yanbian-2019/')).toBe('');
      expect(sub.underBase('/yanbian-2019')).toBeUndefined();
      expect(sub.underBase('/zh/family/')).toBeUndefined();
    });
  });

  it('makes absolute URLs for canonical and hreflang links', () => {
    expect(absoluteUrl('/yanbian-2019/en/', 'https://example.org')).toBe('https://example.org/yanbian-2019/en/');
  });
});

describe('an address read back (the kiosk’s frame)', () => {
  const { placeOf, inLanguage, route, home } = makePaths('/yanbian-2019/');

  it('is the inverse of every route the site builds', () => {
    const places = [
      { kind: 'cover' },
      { kind: 'chapter', slug: 'family' },
      { kind: 'page', name: 'search' },
      { kind: 'page', name: 'kiosk' },
      { kind: 'parallel', slug: 'family', with: 'ko' },
      { kind: 'parallel', slug: 'family', with: 'zh' },
    ] as const;
    for (const place of places) expect(placeOf(route('en', place))).toEqual({ lang: 'en', route: place });
    // The default pair is named, so that a third language keeps it.
    expect(placeOf('/yanbian-2019/zh/family/parallel/')).toEqual({ lang: 'zh', route: { kind: 'parallel', slug: 'family', with: 'ko' } });
  });

  it('knows nothing outside the languages’ folders or the site’s shapes', () => {
    for (const pathname of [
      home(),
      '/zh/family/',
      '/yanbian-2019/data/funds.csv',
      '/yanbian-2019/fr/family/',
      '/yanbian-2019/zh/family/more/and-more/',
      '/yanbian-2019/zh/search/parallel/',
      '/yanbian-2019/zh/family/parallel/zh/',
    ]) {
      expect(placeOf(pathname), pathname).toBeUndefined();
    }
  });

  it('gives the same page in another language', () => {
    expect(inLanguage('/yanbian-2019/zh/development/', 'ko')).toBe('/yanbian-2019/ko/development/');
    expect(inLanguage('/yanbian-2019/zh/', 'en')).toBe('/yanbian-2019/en/');
    expect(inLanguage('/yanbian-2019/en/figures/', 'zh')).toBe('/yanbian-2019/zh/figures/');
    expect(inLanguage('/yanbian-2019/zh/family/parallel/', 'en')).toBe('/yanbian-2019/en/family/parallel/ko/');
    expect(inLanguage('/yanbian-2019/404.html', 'en')).toBeUndefined();
  });
});

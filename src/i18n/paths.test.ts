import { describe, expect, it } from 'vitest';
import { absoluteUrl, highlightedWords, makePaths, withHighlight } from './paths';

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

  it('makes absolute URLs for canonical and hreflang links', () => {
    expect(absoluteUrl('/yanbian-2019/en/', 'https://example.org')).toBe('https://example.org/yanbian-2019/en/');
  });
});

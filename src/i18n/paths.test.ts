import { describe, expect, it } from 'vitest';
import { absoluteUrl, makePaths } from './paths';

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
  });

  it('makes absolute URLs for canonical and hreflang links', () => {
    expect(absoluteUrl('/yanbian-2019/en/', 'https://example.org')).toBe('https://example.org/yanbian-2019/en/');
  });
});

import { describe, expect, it } from 'vitest';
import { decodeEntities, extractIds, extractLinks, resolveLink } from './links';

describe('reading a built page', () => {
  it('finds the URLs of links, assets, forms, srcsets and the search root', () => {
    const html = `<link rel="stylesheet" href="/_astro/style.css"><a class="x" href="/en/family/#p3">x</a>
      <img src="a.png" srcset="a.png 1x, a@2x.png 2x" alt=""><form action="/en/search/" method="get"></form>
      <dialog data-base="/yanbian-2019/" data-strings="{&quot;href&quot;:1}"></dialog><svg><use xlink:href="#icon"></use></svg>
      <a href="/data/a.csv?x=1&amp;y=2">csv</a>`;
    expect(extractLinks(html)).toEqual([
      '/_astro/style.css',
      '/en/family/#p3',
      'a.png',
      'a.png',
      'a@2x.png',
      '/en/search/',
      '/yanbian-2019/',
      '#icon',
      '/data/a.csv?x=1&y=2',
    ]);
  });

  it('finds every id and anchor name a fragment can point at', () => {
    expect([...extractIds('<h2 id="family-education">x</h2><p id="p1"></p><a name="old">x</a><div data-id="no"></div>')]).toEqual([
      'family-education',
      'p1',
      'old',
    ]);
  });

  it('decodes the entities Astro writes in attributes', () => {
    expect(decodeEntities('a&amp;b &quot;c&quot; &#39;d&#x27;')).toBe(`a&b "c" 'd'`);
  });
});

describe('which file a link names', () => {
  const root = { base: '/', site: 'https://example.org' };
  const subpath = { base: '/yanbian-2019/', site: 'https://example.org' };

  it('maps a directory to its index.html and keeps the fragment', () => {
    expect(resolveLink('/en/family/#family-education', '/en/', root)).toEqual({
      kind: 'page',
      file: 'en/family/index.html',
      url: '/en/family/',
      fragment: 'family-education',
    });
    expect(resolveLink('../', '/en/family/', root)).toEqual({ kind: 'page', file: 'en/index.html', url: '/en/' });
    expect(resolveLink('#p2', '/en/family/', root)).toMatchObject({ file: 'en/family/index.html', fragment: 'p2' });
  });

  it('reads canonical links on the public origin as links into the build, and decodes paths', () => {
    expect(resolveLink('https://example.org/yanbian-2019/zh/', '/yanbian-2019/en/', subpath)).toMatchObject({ file: 'zh/index.html' });
    expect(resolveLink('/data/%E8%B4%B7.csv', '/en/', root)).toMatchObject({ file: 'data/贷.csv' });
    expect(resolveLink('/en/search/?q=a', '/en/', root)).toMatchObject({ file: 'en/search/index.html' });
  });

  it('flags a link that leaves the subpath, and sets other origins aside', () => {
    expect(resolveLink('/en/family/', '/yanbian-2019/en/', subpath)).toMatchObject({ kind: 'outside' });
    expect(resolveLink('javascript:void(0)', '/en/', root)).toMatchObject({ kind: 'outside' });
    expect(resolveLink('https://www.example.com/x', '/en/', root)).toEqual({ kind: 'external', url: 'https://www.example.com/x' });
    expect(resolveLink('mailto:a@example.org', '/en/', root)).toEqual({ kind: 'ignored' });
  });
});

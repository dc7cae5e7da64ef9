import { describe, expect, it } from 'vitest';
import { buildVersion, precacheUrls } from './precache';

describe('the kiosk’s precache list', () => {
  it('asks for pages by their directory, files by their path, sorted; nothing for crawlers, not the worker itself', () => {
    expect(
      precacheUrls([
        'zh/index.html',
        'index.html',
        '404.html',
        'sw.js',
        'robots.txt',
        'sitemap.xml',
        'pagefind/pagefind-entry.json',
        'ko/family/index.html',
        '_astro/style.abc.css',
        'data/funds.csv',
      ]),
    ).toEqual(['', '404.html', '_astro/style.abc.css', 'data/funds.csv', 'ko/family/', 'pagefind/pagefind-entry.json', 'zh/']);
  });
  it('reads Windows paths the same way', () => {
    expect(precacheUrls(['zh\\family\\index.html'])).toEqual(['zh/family/']);
  });
});

describe('the build’s version', () => {
  const files = [
    { url: 'zh/', bytes: '<html lang="zh-CN">' },
    { url: 'pagefind/pagefind-entry.json', bytes: '{"languages":{}}' },
  ];
  it('is the same for the same files, in any order', () => {
    expect(buildVersion(files)).toBe(buildVersion([...files].reverse()));
    expect(buildVersion(files)).toMatch(/^[0-9a-f]{16}$/);
  });
  it('changes when a byte, a name or the set of files changes', () => {
    const version = buildVersion(files);
    expect(buildVersion([{ ...files[0]!, bytes: '<html lang="zh-cn">' }, files[1]!])).not.toBe(version);
    expect(buildVersion([{ ...files[0]!, url: 'ko/' }, files[1]!])).not.toBe(version);
    expect(buildVersion([files[0]!])).not.toBe(version);
    expect(buildVersion([...files, { url: 'en/', bytes: '' }])).not.toBe(version);
  });
});

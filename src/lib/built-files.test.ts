import { describe, expect, it } from 'vitest';
import { addressOfFile, builtFile, fileOfAddress, isPage } from './built-files';

describe('built files and their addresses', () => {
  const pairs = [
    ['index.html', ''],
    ['zh/index.html', 'zh/'],
    ['en/family/parallel/ko/index.html', 'en/family/parallel/ko/'],
    ['404.html', '404.html'],
    ['data/funds.csv', 'data/funds.csv'],
    ['pagefind/pagefind-entry.json', 'pagefind/pagefind-entry.json'],
    ['_astro/index.B1a2.css', '_astro/index.B1a2.css'],
  ] as const;

  it.each(pairs)('%s is served at "%s", and that address names it again', (file, address) => {
    expect(addressOfFile(file)).toBe(address);
    expect(fileOfAddress(address)).toBe(file);
  });

  it('reads a Windows path as the same file', () => {
    expect(builtFile('zh\\family\\index.html')).toBe('zh/family/index.html');
    expect(addressOfFile('zh\\family\\index.html')).toBe('zh/family/');
  });

  it('does not take a file merely ending in index.html for a page directory', () => {
    expect(addressOfFile('zh/notindex.html')).toBe('zh/notindex.html');
  });

  it('knows a page by its extension', () => {
    expect(isPage('zh/family/index.html')).toBe(true);
    expect(isPage('404.html')).toBe(true);
    expect(isPage('data/funds.csv')).toBe(false);
  });
});

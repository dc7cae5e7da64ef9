import { describe, expect, it } from 'vitest';
import { fill } from './template';
import { locales } from './locales';
import { useTranslations } from './index';

describe('templates the browser completes', () => {
  it('puts each value in its place, and leaves an unknown placeholder visible', () => {
    expect(fill('“{query}” 검색 결과 {count}건', { query: '녀성', count: 3 })).toBe('“녀성” 검색 결과 3건');
    expect(fill('{count} results for “{query}”', { count: 2 })).toBe('2 results for “{query}”');
  });

  it('every language’s search messages carry the values they need', () => {
    for (const lang of locales) {
      const s = useTranslations(lang).searchStatus;
      expect(s.noResults, lang).toContain('{query}');
      expect(s.results, lang).toContain('{query}');
      expect(s.results, lang).toContain('{count}');
      expect(s.resultOne, lang).toContain('{query}');
    }
  });
});

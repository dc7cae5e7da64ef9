import { describe, expect, it } from 'vitest';
import { inParallel, markedWords, withHighlight } from './search';

describe('search results lead to highlighted words', () => {
  it('takes the matched words from an excerpt, without clinging punctuation', () => {
    expect(markedWords('free <mark>screening,</mark> and <mark>“Parent</mark> schools')).toEqual(['screening', 'Parent']);
    expect(markedWords('全州共有<mark>家长</mark><mark>学校</mark>1559所')).toEqual(['家长', '学校']);
  });
  it('puts the words in the query, before the section', () => {
    expect(withHighlight('/zh/family/#家庭教育', ['家长', '学校'])).toBe('/zh/family/?highlight=%E5%AE%B6%E9%95%BF+%E5%AD%A6%E6%A0%A1#家庭教育');
    expect(withHighlight('/en/rights/', [])).toBe('/en/rights/');
  });
});

describe('a chapter hit also opens in the parallel view', () => {
  it('at the same section, with the same words highlighted', () => {
    expect(inParallel('/en/family/parallel/', '/en/family/#family-education', ['parent', 'schools'])).toBe(
      '/en/family/parallel/?highlight=parent+schools#family-education',
    );
    expect(inParallel('/yanbian-2019/zh/rights/parallel/', '/yanbian-2019/zh/rights/', [])).toBe('/yanbian-2019/zh/rights/parallel/');
  });

  it('not at all where the page has no parallel view', () => {
    expect(inParallel(undefined, '/en/figures/', ['loans'])).toBeUndefined();
  });
});

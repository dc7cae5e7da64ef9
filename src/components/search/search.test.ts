import { describe, expect, it } from 'vitest';
import { inParallel, markedWords } from './search';

describe('search results lead to highlighted words', () => {
  it('takes the matched words from an excerpt, without clinging punctuation', () => {
    expect(markedWords('free <mark>screening,</mark> and <mark>“Parent</mark> schools')).toEqual(['screening', 'Parent']);
    expect(markedWords('全州共有<mark>家长</mark><mark>学校</mark>1559所')).toEqual(['家长', '学校']);
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

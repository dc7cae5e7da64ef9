import { describe, expect, it } from 'vitest';
import { markedWords } from './search';

describe('search results lead to highlighted words', () => {
  it('takes the matched words from an excerpt, without clinging punctuation', () => {
    expect(markedWords('free <mark>screening,</mark> and <mark>“Parent</mark> schools')).toEqual(['screening', 'Parent']);
    expect(markedWords('全州共有<mark>家长</mark><mark>学校</mark>1559所')).toEqual(['家长', '学校']);
  });
});

import { describe, expect, it } from 'vitest';
import { compoundWords, highlightedParts, wordsHolding } from './korean-compounds';

describe('compoundWords', () => {
  it('keeps the Hangul words of three syllables or more, once each, sorted', () => {
    expect(compoundWords(['5년래 보고선전강연 3,795차례, 녀성 전형', '무료 선별검사를 받았으며 보고선전강연'])).toEqual([
      '받았으며',
      '보고선전강연',
      '선별검사를',
    ]);
  });
  it('splits at anything that is not a Hangul syllable', () => {
    expect(compoundWords(['“부녀의 집”에·녀성발전규획(2011—2020년)'])).toEqual(['녀성발전규획', '부녀의']);
  });
});

describe('wordsHolding', () => {
  const words = ['학부모학교가', '엄마행복학교와', '학교운영', '선별검사를', '보고선전강연', '대선전강연'];
  it('gives each word holding the part after its start, up to the part’s end, shortest first', () => {
    expect(wordsHolding('학교', words)).toEqual(['학부모학교', '엄마행복학교']);
    expect(wordsHolding('검사', words)).toEqual(['선별검사']);
    expect(wordsHolding('선전강연', words)).toEqual(['대선전강연', '보고선전강연']);
  });
  it('finds a part that also ends a word (its particle kept out)', () => {
    expect(wordsHolding('사를', words)).toEqual(['선별검사를']);
  });
  it('ignores a word that only begins with the part: Pagefind finds those itself', () => {
    expect(wordsHolding('보고', words)).toEqual([]);
  });
  it('has nothing for a single syllable, a part in another script, or several words', () => {
    expect(wordsHolding('교', words)).toEqual([]);
    expect(wordsHolding('学校', ['家长学校'])).toEqual([]);
    expect(wordsHolding('선별 검사', words)).toEqual([]);
  });
  it('gives at most `limit`', () => {
    expect(wordsHolding('학교', words, 1)).toEqual(['학부모학교']);
  });
});

describe('highlightedParts', () => {
  it('highlights the part of a marked compound the query named', () => {
    expect(highlightedParts(['학부모학교가', '아빠학교'], ['학교'])).toEqual(['학교']);
    expect(highlightedParts(['녀성발전규획을'], ['발전규획', '발전규획'])).toEqual(['발전규획']);
  });
  it('keeps a marked word that begins with the query (a word and its particle) as marked', () => {
    expect(highlightedParts(['녀성들의', '녀성'], ['여성', '녀성'])).toEqual(['녀성들의', '녀성']);
  });
  it('leaves other languages’ words as marked', () => {
    expect(highlightedParts(['women'], ['men'])).toEqual(['women']);
    expect(highlightedParts(['家长学校'], ['学校'])).toEqual(['家长学校']);
  });
});

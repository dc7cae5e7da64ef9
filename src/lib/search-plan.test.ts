import { describe, expect, it } from 'vitest';
import { pagefindLanguage } from '../i18n/locales';
import { chooseAnswer, fallbackLanguages, mergeRanked, preferWordMatches, queryForms, speculativeLanguage } from './search-plan';

describe('the forms of a query', () => {
  it('looks Korean up in both spellings, as typed first', () => {
    expect(queryForms('여성')).toEqual(['여성', '녀성', '려성']);
    expect(queryForms(' 녀성  로동 ')[0]).toBe('녀성 로동');
    expect(queryForms('녀성 로동')).toContain('여성 노동');
  });
  it('looks anything else up once, as typed', () => {
    expect(queryForms('家长学校')).toEqual(['家长学校']);
    expect(queryForms('parent  schools')).toEqual(['parent schools']);
    expect(queryForms('   ')).toEqual([]);
  });
});

describe('answers merged from several spellings', () => {
  it('keeps each page once, with its best score, best first', () => {
    const merged = mergeRanked([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 3 },
      ],
      [
        { id: 'a', score: 5 },
        { id: 'c', score: 2 },
      ],
      [],
    ]);
    expect(merged).toEqual([
      { id: 'a', score: 5 },
      { id: 'b', score: 3 },
      { id: 'c', score: 2 },
    ]);
  });
});

describe('where to look when the reader’s language has nothing', () => {
  it('tries the language the query is written in first', () => {
    expect(fallbackLanguages('家长学校', 'ko')).toEqual(['zh', 'en']);
    expect(fallbackLanguages('两癌', 'en')).toEqual(['zh', 'ko']);
    expect(fallbackLanguages('screening', 'ko')).toEqual(['en', 'zh']);
    expect(fallbackLanguages('녀성', 'zh')).toEqual(['ko', 'en']);
    expect(fallbackLanguages('1559', 'en')).toEqual(['zh', 'ko']);
  });
  it('never names the reader’s own language', () => {
    for (const reader of ['zh', 'ko', 'en'] as const) expect(fallbackLanguages('x 가 中', reader)).not.toContain(reader);
  });
});

describe('another language searched at once', () => {
  it('when the query is written in that language’s script', () => {
    expect(speculativeLanguage('家长学校', 'ko')).toBe('zh');
    expect(speculativeLanguage('screening', 'zh')).toBe('en');
    expect(speculativeLanguage('녀성', 'en')).toBe('ko');
  });
  it('not when it is the reader’s own script, or says nothing of a language', () => {
    expect(speculativeLanguage('녀성', 'ko')).toBeUndefined();
    expect(speculativeLanguage('1559', 'zh')).toBeUndefined();
    // Latin letters on the English page, Han on the Chinese page.
    expect(speculativeLanguage('loans', 'en')).toBeUndefined();
    expect(speculativeLanguage('巾帼', 'zh')).toBeUndefined();
  });
});

describe('choosing what the reader sees', () => {
  it('prefers the reader’s language, then the first language that has results', () => {
    expect(chooseAnswer('ko', [1], [{ lang: 'zh', results: [2] }])).toEqual({ lang: 'ko', results: [1], elsewhere: false });
    expect(
      chooseAnswer(
        'ko',
        [],
        [
          { lang: 'zh', results: [] },
          { lang: 'en', results: [3] },
        ],
      ),
    ).toEqual({ lang: 'en', results: [3], elsewhere: true });
    expect(chooseAnswer('ko', [], [{ lang: 'zh', results: [] }])).toEqual({ lang: 'ko', results: [], elsewhere: false });
  });
});

describe('languages and addresses', () => {
  it('names Pagefind’s indexes as it does', () => expect(pagefindLanguage('zh-CN')).toBe('zh-cn'));
});

describe('Korean results whose words begin with the query come first', () => {
  const words = (hit: { words: string[] }) => hit.words;
  it('puts a match of 리용하여 before a match of the lone word 이', () => {
    const hits = [
      { id: 'timeline', words: ['이'] },
      { id: 'outreach', words: ['리용하여'] },
      { id: 'rights', words: ['리용하여'] },
    ];
    expect(preferWordMatches(hits, queryForms('이용'), words).map((hit) => hit.id)).toEqual(['outreach', 'rights', 'timeline']);
  });
  it('leaves other languages in Pagefind’s order', () => {
    const hits = [
      { id: 'a', words: ['家长'] },
      { id: 'b', words: ['家长学校'] },
    ];
    expect(preferWordMatches(hits, queryForms('家长学校'), words)).toBe(hits);
  });
});

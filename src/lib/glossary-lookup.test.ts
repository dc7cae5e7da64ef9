import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookupGlossary, normaliseName, type GlossaryRow } from './glossary-lookup';

const rows = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'glossary.json'), 'utf8')) as { terms: GlossaryRow[] }).terms;

describe('a glossary term typed in any language shows the other two', () => {
  it.each([
    ['家长学校', 'zh'],
    ['학부모학교', 'ko'],
    ['학부모 학교', 'ko'],
    ['Parent Schools', 'en'],
    ['parent schools', 'en'],
  ] as const)('“%s” names 家长学校 · 학부모학교 · parent schools', (query, lang) => {
    const [first] = lookupGlossary(query, rows);
    expect(first).toMatchObject({ lang, exact: true, row: { zh: '家长学校', ko: '학부모학교', en: 'parent schools' } });
  });

  it('finds the two cancers from Chinese, Korean and English', () => {
    for (const query of ['两癌', '두가지 암', 'two cancers']) expect(lookupGlossary(query, rows)[0]?.row.zh).toBe('两癌');
  });

  it('compares Korean in both spellings: 여성의 소리 finds 녀성의 소리', () => {
    expect(lookupGlossary('여성의 소리', rows)[0]?.row).toMatchObject({ zh: '女性之声', ko: '녀성의 소리' });
    expect(lookupGlossary('부녀연합회', rows)[0]?.row.zh).toBe('妇联');
  });

  it('puts whole names before names that only contain the query, and stops at the limit', () => {
    const matches = lookupGlossary('妇联', rows);
    expect(matches[0]).toMatchObject({ exact: true, row: { zh: '妇联' } });
    expect(matches.slice(1).every((match) => !match.exact)).toBe(true);
    expect(matches.length).toBeLessThanOrEqual(4);
  });

  it('ignores what is too short or names nothing', () => {
    expect(lookupGlossary('妇', rows)).toEqual([]);
    expect(lookupGlossary('the', rows)).toEqual([]);
    expect(lookupGlossary('', rows)).toEqual([]);
    expect(lookupGlossary('quantum chromodynamics', rows)).toEqual([]);
  });

  it('normalises case, spaces, quotation marks and apostrophes', () => {
    expect(normaliseName('“Mothers’ Health Express”')).toBe(normaliseName("mothers' health express"));
  });
});

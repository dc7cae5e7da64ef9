import { describe, expect, it } from 'vitest';
import { formatDate } from './dates';

describe('dates keep the precision the report gives', () => {
  it.each([
    ['2017', '2017年', '2017년', '2017'],
    ['2019-09', '2019年9月', '2019년 9월', 'September 2019'],
    ['2019-09-29', '2019年9月29日', '2019년 9월 29일', '29 September 2019'],
  ])('%s', (iso, zh, ko, en) => {
    expect(formatDate(iso, 'zh')).toBe(zh);
    expect(formatDate(iso, 'ko')).toBe(ko);
    expect(formatDate(iso, 'en')).toBe(en);
  });
});

import { describe, expect, it } from 'vitest';
import { formatQuantity, type Quantity } from './numbers';

const count = (value: number, qualifier: Quantity['qualifier'] = 'exact'): Quantity => ({ value, unit: 'people', qualifier });
const yuan = (value: number, qualifier: Quantity['qualifier'] = 'exact'): Quantity => ({ value, unit: 'yuan', qualifier });

describe('figures read in each language as the report writes them', () => {
  it.each([
    // The report's own spellings: every one must come back character for character.
    [count(3795), '3795', '3,795', '3,795'],
    [count(18766), '18766', '18,766', '18,766'],
    [count(15000), '1.5万', '1.5만', '15,000'],
    [count(84000), '8.4万', '8.4만', '84,000'],
    [count(800, 'more-than'), '800余', '800여', 'more than 800'],
    [count(50000, 'more-than'), '5万余', '5만여', 'more than 50,000'],
    [count(70000, 'more-than'), '7万余', '7만여', 'more than 70,000'],
    [count(10000, 'more-than'), '万余', '1만여', 'more than 10,000'],
    [yuan(650000000), '6.5亿元', '6.5억원', '650 million yuan'],
    [yuan(2090000), '209万元', '209만원', '2.09 million yuan'],
    [yuan(1000000), '100万元', '100만원', '1 million yuan'],
    [yuan(200000, 'more-than'), '20余万元', '20여만원', 'more than 200,000 yuan'],
    [yuan(10000000, 'more-than'), '1000余万元', '1,000여만원', 'more than 10 million yuan'],
    [{ value: 50, unit: 'percent', qualifier: 'exact' } satisfies Quantity, '50%', '50%', '50%'],
  ])('%o → %s · %s · %s', (quantity, zh, ko, en) => {
    expect(formatQuantity(quantity, 'zh')).toBe(zh);
    expect(formatQuantity(quantity, 'ko')).toBe(ko);
    expect(formatQuantity(quantity, 'en')).toBe(en);
  });

  it('never drops "more than"', () => {
    for (const lang of ['zh', 'ko', 'en'] as const) {
      for (const value of [1, 800, 12345, 10000, 1e6, 6.5e8]) {
        for (const unit of ['people', 'yuan', 'percent'] as const) {
          const exact = formatQuantity({ value, unit, qualifier: 'exact' }, lang);
          const more = formatQuantity({ value, unit, qualifier: 'more-than' }, lang);
          expect(more).not.toBe(exact);
          expect(more).toMatch(lang === 'zh' ? /余/ : lang === 'ko' ? /여|이상/ : /^more than /);
        }
      }
    }
  });

  it('spells out English counts under ten in running prose, and only there', () => {
    expect(formatQuantity(count(1), 'en', { prose: true })).toBe('one');
    expect(formatQuantity(count(8), 'en', { prose: true })).toBe('eight');
    expect(formatQuantity(count(9, 'more-than'), 'en', { prose: true })).toBe('more than nine');
    expect(formatQuantity(count(10), 'en', { prose: true })).toBe('10');
    expect(formatQuantity(count(19), 'en', { prose: true })).toBe('19');
    // Tables, charts and key figures keep digits; money, shares and other languages are never spelled out.
    expect(formatQuantity(count(8), 'en')).toBe('8');
    expect(formatQuantity({ value: 5, unit: 'percent', qualifier: 'exact' }, 'en', { prose: true })).toBe('5%');
    expect(formatQuantity(yuan(5), 'en', { prose: true })).toBe('5 yuan');
    expect(formatQuantity(count(8), 'ko', { prose: true })).toBe('8');
    expect(formatQuantity(count(8), 'zh', { prose: true })).toBe('8');
  });

  it('writes Korean yuan as 원, one word with its scale, as the Korean press of Yanbian does', () => {
    expect(formatQuantity(yuan(5000), 'ko')).toBe('5,000원');
    expect(formatQuantity(yuan(5000), 'ko')).not.toMatch(/위안|\s/);
  });

  it('writes billions of yuan in English words', () => {
    expect(formatQuantity(yuan(1.2e9), 'en')).toBe('1.2 billion yuan');
    expect(formatQuantity(yuan(5000), 'en')).toBe('5,000 yuan');
    expect(formatQuantity(yuan(5000), 'zh')).toBe('5000元');
  });
});

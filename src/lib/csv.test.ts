import { describe, expect, it } from 'vitest';
import { figuresCsv } from './csv';

describe('figures as CSV', () => {
  it('has a header, one row per figure, the qualifier spelled out and quoting where needed', () => {
    const csv = figuresCsv([
      {
        id: 'women-trained',
        chapter: 'development',
        value: 50000,
        unit: 'person-times',
        qualifier: 'more-than',
        source: '举办“吉林三姐”等各类培训班800余期,培训妇女5万余人次。',
        label: { zh: '培训妇女', ko: '양성된 녀성', en: 'Women trained, "person-times"' },
      },
    ]);
    // Spreadsheet programs read UTF-8 only after a byte-order mark; without it the Chinese is mojibake.
    expect(csv.startsWith('\ufeffid,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, row] = csv.slice(1).trim().split('\r\n');
    expect(header).toBe('id,chapter,value,qualifier,unit,label_zh,label_ko,label_en,source_zh');
    expect(row).toBe(
      'women-trained,development,50000,more-than,person-times,培训妇女,양성된 녀성,"Women trained, ""person-times""","举办“吉林三姐”等各类培训班800余期,培训妇女5万余人次。"',
    );
  });
});

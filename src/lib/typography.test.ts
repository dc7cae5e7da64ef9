import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from './typography';

describe('Chinese punctuation is set full-width', () => {
  it('turns half-width marks between Chinese characters full-width', () => {
    expect(fullWidthPunctuation('五年来,州委州政府')).toBe('五年来，州委州政府');
    expect(fullWidthPunctuation('来源:本站原创')).toBe('来源：本站原创');
    expect(fullWidthPunctuation('《延边州妇女发展规划(2011—2020年)》')).toBe('《延边州妇女发展规划（2011—2020年）》');
    expect(fullWidthPunctuation('窗口(站、室)建设')).toBe('窗口（站、室）建设');
    expect(fullWidthPunctuation('家长学校;妇女之家')).toBe('家长学校；妇女之家');
  });
  it('sets a comma after a number and before Chinese text full-width', () => {
    expect(fullWidthPunctuation(',带动扶持')).toBe('，带动扶持');
  });
  it('leaves Korean and English without Chinese alone (chapters in those languages are not passed to it at all)', () => {
    const korean = '부녀련합회, 조직 (2011—2020년): 끝';
    const english = 'loans (650 million yuan), training: done';
    expect(fullWidthPunctuation(korean)).toBe(korean);
    expect(fullWidthPunctuation(english)).toBe(english);
    expect(fullWidthPunctuation('1,559')).toBe('1,559');
  });
});

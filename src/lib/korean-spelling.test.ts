import { describe, expect, it } from 'vitest';
import { compose, decompose, querySpellings, syllableSpellings, wordSpellings } from './korean-spelling';

describe('Hangul syllables decompose into jamo and back', () => {
  it('round-trips every syllable of the block', () => {
    for (let code = 0xac00; code <= 0xd7a3; code += 97) {
      const char = String.fromCodePoint(code);
      expect(compose(decompose(char)!)).toBe(char);
    }
  });
  it('reads 녀 as ㄴ + ㅕ with no final, and 련 as ㄹ + ㅕ + ㄴ', () => {
    expect(decompose('녀')).toEqual({ initial: 2, medial: 6, final: 0 });
    expect(decompose('련')).toEqual({ initial: 5, medial: 6, final: 4 });
    expect(decompose('a')).toBeUndefined();
  });
});

describe('the initial-sound rule (두음법칙), both ways', () => {
  // Pairs from the issue and from the report's own vocabulary: Yanbian spelling → Seoul spelling.
  it.each([
    ['녀성', '여성'],
    ['련합회', '연합회'],
    ['로동', '노동'],
    ['력량', '역량'],
    ['리용', '이용'],
    ['례의', '예의'],
    ['루계', '누계'],
    ['로인', '노인'],
    ['령도', '영도'],
    ['뢰물', '뇌물'],
    ['년도', '연도'],
    ['뇨소', '요소'],
    ['뉴대', '유대'],
    ['니토', '이토'],
    ['량식', '양식'],
    ['료해', '요해'],
    ['류동', '유동'],
    ['락원', '낙원'],
    ['래일', '내일'],
    ['르네', '느네'],
  ])('%s ↔ %s', (yanbian, seoul) => {
    expect(wordSpellings(yanbian)).toContain(seoul);
    expect(wordSpellings(seoul)).toContain(yanbian);
    expect(wordSpellings(yanbian)[0]).toBe(yanbian);
  });

  it('applies inside compounds, where Seoul restarts the rule at each part', () => {
    expect(wordSpellings('부녀연합회')).toContain('부녀련합회');
    expect(wordSpellings('부녀련합회')).toContain('부녀연합회');
    expect(wordSpellings('비율')).toContain('비률');
    expect(wordSpellings('비률')).toContain('비율');
  });

  it('leaves alone what the rule does not touch', () => {
    for (const word of ['학부모학교', '가정', '대출', '가장', '선별검사', 'women', '家长学校', '1559']) {
      expect(wordSpellings(word)).toEqual([word]);
    }
    // 나 is not a rule's output from ㄴ+ㅏ, so 아 never becomes 나 or 라.
    expect(syllableSpellings('아')).toEqual(['아']);
    expect(syllableSpellings('여')).toEqual(['여', '녀', '려']);
    expect(syllableSpellings('노')).toEqual(['노', '로']);
  });

  it('orders spellings by how much they change, and keeps their number bounded', () => {
    const spellings = wordSpellings('여성연합회');
    expect(spellings[0]).toBe('여성연합회');
    expect(spellings.indexOf('녀성련합회')).toBeGreaterThan(spellings.indexOf('녀성연합회'));
    expect(spellings).toContain('녀성련합회');
    expect(wordSpellings('이리여요유이리여요유', 16)).toHaveLength(16);
  });

  it('spells a query word by word, the query as typed first', () => {
    const spellings = querySpellings(' 여성  노동 ');
    expect(spellings[0]).toBe('여성 노동');
    expect(spellings).toContain('녀성 로동');
    expect(querySpellings('여성 노동 이용 역량 예의 누계', 16)).toHaveLength(16);
    expect(querySpellings('')).toEqual([]);
  });
});

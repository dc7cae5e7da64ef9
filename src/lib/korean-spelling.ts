/**
 * The two spellings of Korean Sino-Korean syllables, so that a search in either finds the other.
 *
 * Where the rule comes from:
 * - South Korea's 한글 맞춤법 (1988, 문교부 고시), 제3장 제5절 "두음 법칙", 제10항–제12항: at the start of a
 *   word the Sino-Korean syllables 녀·뇨·뉴·니 are written 여·요·유·이 (제10항); 랴·려·례·료·류·리 are
 *   written 야·여·예·요·유·이 (제11항); 라·래·로·뢰·루·르 are written 나·내·노·뇌·누·느 (제12항). The
 *   붙임 of 제11항 also writes 렬·률 as 열·율 after a vowel or ㄴ (비율, 규율), and the 붙임 of 제10–12항
 *   applies the rule again at the head of each part of a compound (신여성, 부녀연합회, 국제연합).
 * - The 조선말규범집 (North Korea, 1966/1987) and China's 조선말 규범 used in Yanbian have no such rule: they
 *   write the syllable as it is read in Chinese characters, wherever it stands (녀성, 련합회, 로동, 력량,
 *   리용, 례의, 루계, 비률).
 * The site's Korean follows Yanbian (녀성, 련합회); a reader may type either. Since we cannot know where a
 * typed compound divides, every syllable the rule could touch gets both spellings; a spelling that is not
 * a word simply finds nothing.
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const MEDIALS = 21;
const FINALS = 28;

// Initial consonants (초성) by their index in the Unicode syllable block.
const N = 2; // ㄴ
const R = 5; // ㄹ
const O = 11; // ㅇ (no sound)
// Vowels (중성) by index: ㅏ0 ㅐ1 ㅑ2 ㅒ3 ㅓ4 ㅔ5 ㅕ6 ㅖ7 ㅗ8 ㅘ9 ㅙ10 ㅚ11 ㅛ12 ㅜ13 ㅝ14 ㅞ15 ㅟ16 ㅠ17 ㅡ18 ㅢ19 ㅣ20
/** 제10항: 녀·뇨·뉴·니 → 여·요·유·이 (ㅕ ㅛ ㅠ ㅣ). */
const RULE_10 = new Set([6, 12, 17, 20]);
/** 제11항: 랴·려·례·료·류·리 → 야·여·예·요·유·이 (ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ). */
const RULE_11 = new Set([2, 6, 7, 12, 17, 20]);
/** 제12항: 라·래·로·뢰·루·르 → 나·내·노·뇌·누·느 (ㅏ ㅐ ㅗ ㅚ ㅜ ㅡ). */
const RULE_12 = new Set([0, 1, 8, 11, 13, 18]);

export interface Syllable {
  initial: number;
  medial: number;
  final: number;
}

const isSyllable = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return char.length === 1 && code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
};

/** A precomposed Hangul syllable as its three jamo indices (Unicode's arithmetic, chapter 3.12). */
export function decompose(char: string): Syllable | undefined {
  if (!isSyllable(char)) return undefined;
  const index = char.codePointAt(0)! - SYLLABLE_FIRST;
  return { initial: Math.floor(index / (MEDIALS * FINALS)), medial: Math.floor(index / FINALS) % MEDIALS, final: index % FINALS };
}

export const compose = ({ initial, medial, final }: Syllable) => String.fromCodePoint(SYLLABLE_FIRST + (initial * MEDIALS + medial) * FINALS + final);

/**
 * Both spellings of one syllable, the syllable itself first. Applied anywhere in a word, this also covers
 * the 붙임 of 제11항 (비률 ↔ 비율) and compounds (부녀련합회 ↔ 부녀연합회).
 */
export function syllableSpellings(char: string): string[] {
  const s = decompose(char);
  if (!s) return [char];
  const spellings = new Set([char]);
  const as = (initial: number) => spellings.add(compose({ ...s, initial }));
  // Yanbian → Seoul: the rule applied.
  if (s.initial === N && RULE_10.has(s.medial)) as(O);
  if (s.initial === R && RULE_11.has(s.medial)) as(O);
  if (s.initial === R && RULE_12.has(s.medial)) as(N);
  // Seoul → Yanbian: the rule undone. 여 may stand for 녀 or 려, 이 for 니 or 리, 노 for 로.
  if (s.initial === O && RULE_10.has(s.medial)) as(N);
  if (s.initial === O && RULE_11.has(s.medial)) as(R);
  if (s.initial === N && RULE_12.has(s.medial)) as(R);
  return [...spellings];
}

/**
 * Every spelling of a word under the initial-sound rule, the word as typed first, then those that change
 * fewer syllables; at most `limit` of them. 여성 → 여성, 녀성, 려성; 련합회 → 련합회, 연합회.
 */
export function wordSpellings(word: string, limit = 16): string[] {
  const chars = [...word];
  let spellings: { text: string; changes: number }[] = [{ text: '', changes: 0 }];
  chars.forEach((char) => {
    const options = syllableSpellings(char);
    spellings = spellings.flatMap((spelling) =>
      options.map((option, k) => ({ text: spelling.text + option, changes: spelling.changes + (k === 0 ? 0 : 1) })),
    );
    // Keep the growth bounded on long words: the fewest changes are the likeliest spellings.
    spellings = spellings.sort((a, b) => a.changes - b.changes).slice(0, limit * 4);
  });
  return spellings
    .sort((a, b) => a.changes - b.changes)
    .slice(0, limit)
    .map((spelling) => spelling.text);
}

/**
 * The spellings of a whole query, word by word (Pagefind splits Korean on spaces): the query as typed
 * first, at most `limit` in all.
 */
export function querySpellings(query: string, limit = 16): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  let spellings = [''];
  for (const word of words) {
    const options = wordSpellings(word, limit);
    spellings = spellings.flatMap((head) => options.map((option) => (head ? `${head} ${option}` : option))).slice(0, limit);
  }
  return spellings;
}

/**
 * Korean compounds found by their parts. Korean writes compounds without spaces (보고선전강연, 녀성발전규획,
 * 선별검사), and Pagefind splits Korean only at spaces and matches a word by its beginning: 선전강연 and 검사
 * find nothing. So the build writes the Korean text's words of three syllables or more (a part that does not
 * begin its word needs at least three), and a query's part is looked up in them: each word that holds it
 * after its first syllable gives the word up to the part's end (선별검사를 → 선별검사), which Pagefind, matching
 * beginnings, finds in the page with the page's own excerpt and mark.
 *
 * Why a word list beside Pagefind's index, and not the parts written into the indexed pages: hidden parts in
 * the page would be the page's text to Pagefind, shown in excerpts and sub-results ("…별검사 검사…"), and would
 * weigh on ranking; the list changes nothing in the index, and costs a quarter of the Korean index's bytes.
 */

/** The file beside Pagefind's index (in pagefind/) with the Korean text's words, separated by spaces. */
export const KOREAN_WORDS_FILE = 'ko-words.txt';

const HANGUL_WORD = /[\uac00-\ud7a3]+/g;

/** A Hangul word that can hold a part of two syllables that does not begin it. */
const MIN_SYLLABLES = 3;

/** The Hangul words of a text of three syllables or more, each once, sorted (the file the build writes). */
export function compoundWords(texts: string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const [word] of text.matchAll(HANGUL_WORD)) if (word.length >= MIN_SYLLABLES) words.add(word);
  }
  return [...words].sort();
}

/**
 * The beginnings of the words that hold `part` after their first syllable, ending with the part, shortest
 * first, at most `limit` (학교 → 학부모학교, 아빠학교, 엄마행복학교). A part of one syllable, or not Hangul,
 * has none: it would be inside too many words to mean one.
 */
export function wordsHolding(part: string, words: readonly string[], limit = 16): string[] {
  if (!wordForms([part]).length) return [];
  const heads = new Set<string>();
  for (const word of words) {
    for (let at = word.indexOf(part, 1); at > 0; at = word.indexOf(part, at + 1)) heads.add(word.slice(0, at + part.length));
  }
  return [...heads].sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, limit);
}

/**
 * What to highlight on the page a result opens: a marked word that holds a form of the query after its
 * start (학부모학교를 for 학교) is highlighted as that part only; other words as Pagefind marked them.
 */
export function highlightedParts(marked: string[], forms: readonly string[]): string[] {
  const parts = wordForms(forms);
  const named = marked.map((word) => (parts.some((part) => word.startsWith(part)) ? word : (parts.find((part) => word.indexOf(part, 1) > 0) ?? word)));
  return [...new Set(named)];
}

/** The Hangul-only forms of two syllables or more: the ones a compound may hold. */
const wordForms = (forms: readonly string[]) => forms.filter((form) => form.length >= 2 && form.replace(HANGUL_WORD, '') === '');

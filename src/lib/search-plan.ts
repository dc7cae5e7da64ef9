import { locales, type Locale } from '../i18n/locales';
import { querySpellings } from './korean-spelling';

/**
 * What a search does before and after Pagefind, as pure functions: which spellings to look up, in which
 * languages, and how the answers come together. The browser glue (components/search) only runs them.
 */

/** The writing systems a query may be typed in. */
const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const LATIN = /[A-Za-z]/;

/**
 * The forms of a query to look up. Korean text is searched in both spellings of the initial-sound rule
 * (녀성 and 여성): Pagefind splits Korean on spaces and matches words by their beginning, so each spelling
 * is its own query, and the answers are merged. Other text is looked up as typed.
 *
 * Why at query time and not by adding the other spelling to the index: Pagefind 1.6 indexes Korean as
 * space-separated words with their particles (녀성들의), so variants written into the page would have to
 * be whole hidden words beside each real one; they would show in excerpts, could not be highlighted in the
 * text (the page never says 여성), and would double the Korean index. Expanding the query leaves the index
 * as the text is, and the words Pagefind marks are the page's own, so highlights work for either spelling.
 */
export function queryForms(query: string, limit = 12): string[] {
  const trimmed = query.trim().replace(/\s+/g, ' ');
  if (!trimmed) return [];
  return HANGUL.test(trimmed) ? querySpellings(trimmed, limit) : [trimmed];
}

export interface Ranked {
  id: string;
  score: number;
}

/** One list from several: each page once, with its best score, best first (stable for equal scores). */
export function mergeRanked<T extends Ranked>(lists: T[][]): T[] {
  const best = new Map<string, T>();
  for (const list of lists) {
    for (const result of list) {
      const known = best.get(result.id);
      if (!known || result.score > known.score) best.set(result.id, result);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** The language a query's writing suggests: Han → Chinese, Hangul → Korean, Latin → English; digits say nothing. */
function scriptLanguage(query: string): Locale | undefined {
  if (HAN.test(query)) return 'zh';
  if (HANGUL.test(query)) return 'ko';
  if (LATIN.test(query)) return 'en';
  return undefined;
}

/**
 * Another language worth searching at once, beside the reader's own, because the query is written in its
 * script (家长学校 on a Korean page): waiting for the reader's index to come back empty first would put
 * two cold loads one after the other.
 */
export function speculativeLanguage(query: string, reader: Locale): Locale | undefined {
  const lang = scriptLanguage(query);
  return lang && lang !== reader ? lang : undefined;
}

/**
 * Where to look when the reader's language has nothing: the language the query is written in first
 * (家长学校 → Chinese, 여성 → Korean, screening → English), then the report's own language, then the rest.
 */
export function fallbackLanguages(query: string, reader: Locale): Locale[] {
  const script: Locale[] = [HAN.test(query) ? 'zh' : undefined, HANGUL.test(query) ? 'ko' : undefined, LATIN.test(query) ? 'en' : undefined].filter(
    (lang): lang is Locale => !!lang,
  );
  return [...new Set<Locale>([...script, 'zh', ...locales])].filter((lang) => lang !== reader);
}

export interface LanguageAnswer<T> {
  lang: Locale;
  results: T[];
}

/**
 * What the reader is shown: the answer in their own language if it has any result; otherwise the first
 * other language that has, said to be another language's; otherwise nothing.
 */
export function chooseAnswer<T>(reader: Locale, own: T[], elsewhere: LanguageAnswer<T>[]): LanguageAnswer<T> & { elsewhere: boolean } {
  if (own.length) return { lang: reader, results: own, elsewhere: false };
  const found = elsewhere.find((answer) => answer.results.length > 0);
  return found ? { ...found, elsewhere: true } : { lang: reader, results: [], elsewhere: false };
}

/**
 * Pagefind also matches a Korean word inside a longer query word (이용 finds the word 이), and may score
 * that above a real match. Among the results shown, those whose matched words begin with a form of the
 * query come first; the order is otherwise kept. Only for Korean, where a word is a spaced unit.
 */
export function preferWordMatches<T>(results: T[], forms: string[], matchedWords: (result: T) => string[]): T[] {
  if (!forms.some((form) => HANGUL.test(form))) return results;
  const heads = forms.flatMap((form) => form.split(' '));
  const real = (result: T) => matchedWords(result).some((word) => heads.some((head) => word.startsWith(head)));
  return [...results.filter(real), ...results.filter((result) => !real(result))];
}

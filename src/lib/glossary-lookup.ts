import type { Locale } from '../i18n/locales';
import { wordSpellings } from './korean-spelling';

/**
 * A glossary term typed in any of the three languages shows its equivalents in the other two: 家长学校,
 * 학부모학교 (or 학부모 학교) and "Parent Schools" all name the same row. Pure, so it runs in the browser
 * over /glossary.json and in the unit tests over content/glossary.json alike.
 */
export type GlossaryRow = Record<Locale, string>;

export interface GlossaryMatch {
  row: GlossaryRow;
  /** The language the query matched in. */
  lang: Locale;
  /** The whole name was typed, not only a part of it. */
  exact: boolean;
}

/** Case, spaces, quotation marks and typographic apostrophes do not tell two names apart. */
export const normaliseName = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\s“”"《》«»·・、，,.;:!?()（）—–-]+/g, '');

/** The shortest query that may match inside a longer name: two Han or Hangul characters, or four letters. */
const longEnough = (query: string) => (/[\u3400-\u9fff\uac00-\ud7a3]/.test(query) ? [...query].length >= 2 : query.length >= 4);

/**
 * The rows whose name in some language equals the query or contains it, whole names first, at most
 * `limit`. Korean is compared in both spellings (여성 finds 녀성).
 */
export function lookupGlossary(query: string, rows: GlossaryRow[], limit = 4): GlossaryMatch[] {
  const typed = normaliseName(query);
  if (!typed || !longEnough(typed)) return [];
  const forms = /[\uac00-\ud7a3]/.test(typed) ? wordSpellings(typed, 32) : [typed];
  const matches: GlossaryMatch[] = [];
  for (const row of rows) {
    let best: GlossaryMatch | undefined;
    for (const lang of ['zh', 'ko', 'en'] as const) {
      const name = normaliseName(row[lang]);
      if (forms.includes(name)) best = { row, lang, exact: true };
      else if (!best && forms.some((form) => name.includes(form))) best = { row, lang, exact: false };
      if (best?.exact) break;
    }
    if (best) matches.push(best);
  }
  // Whole names first, then the shorter (closer) names; the glossary's own order breaks ties.
  return matches
    .map((match, order) => ({ match, order }))
    .sort(
      (a, b) =>
        Number(b.match.exact) - Number(a.match.exact) ||
        normaliseName(a.match.row[a.match.lang]).length - normaliseName(b.match.row[b.match.lang]).length ||
        a.order - b.order,
    )
    .slice(0, limit)
    .map(({ match }) => match);
}

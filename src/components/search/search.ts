/**
 * Search over the Pagefind index of the page's language, for the <yinji-search> element (the dialog, the
 * search page and the kiosk). Loaded when a visitor is about to search (indexes.ts): the index and its
 * code come from the site itself (paths.pagefind()), never from another origin. What a search does (Korean spellings, other languages,
 * the glossary) is decided in lib/search-plan and lib/glossary-lookup; this file runs it and draws it.
 */
import type { SearchStatusStrings, UIStrings } from '../../i18n/ui/types';
import { localeInfo, locales, type Locale } from '../../i18n/locales';
import { paths, withHighlight } from '../../i18n/paths';
import { fill } from '../../i18n/template';
import {
  chooseAnswer,
  fallbackLanguages,
  mergeRanked,
  preferWordMatches,
  queryForms,
  speculativeLanguage,
  type LanguageAnswer,
} from '../../lib/search-plan';
import { lookupGlossary, type GlossaryMatch } from '../../lib/glossary-lookup';
import { highlightedParts, wordsHolding } from '../../lib/korean-compounds';
import { loadGlossary, loadKoreanWords, pagefindFor, prepare, type PagefindResult, type PagefindResultData } from './indexes';

/** What the browser needs to search and to say what it found: the page's strings and a few facts. */
export interface SearchStrings extends SearchStatusStrings {
  glossaryUrl: string;
  /** The reader's language, and words whose index chunks are worth loading before the first query. */
  lang: Locale;
  warmup: string;
}

export interface SearchHit {
  url: string;
  title: string;
  section: string;
  excerpt: string;
  /** The words Pagefind matched, to highlight them on the page the result opens. */
  terms: string[];
  /** The same place in the parallel view, where the chapter has one. */
  parallel?: string | undefined;
}

/** Starts loading search for this page's reader (see indexes.ts): safe to call on every hint of intent. */
export const prepareSearch = (strings: SearchStrings) => prepare(localeInfo[strings.lang].tag, strings.warmup);

/** The words inside Pagefind's <mark>s, without the punctuation that clings to them ("screening," → "screening"). */
export const markedWords = (html: string) =>
  [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);

export interface SearchAnswer {
  /** How many pages match in all. */
  total: number;
  /** The first of them, as Pagefind ranks them. */
  hits: SearchHit[];
  /** The next ones, fetched after the first are shown. */
  more?: () => Promise<SearchHit[]>;
  /** The language of the hits: the reader's, or another's when the reader's has none (`elsewhere`). */
  lang?: Locale;
  elsewhere?: boolean;
  /** Glossary rows the query names, in any of the three languages. */
  glossary?: GlossaryMatch[];
}

/** What is looked up for a query in a language: its spellings, and in Korean the compounds that hold it (lib/korean-compounds). */
async function lookups(lang: Locale, query: string): Promise<string[]> {
  const forms = queryForms(query);
  if (lang !== 'ko') return forms;
  // Without the word list (not loaded, offline for a moment) Korean is searched as before: by whole words.
  const words = await loadKoreanWords().catch(() => []);
  return [...new Set([...forms, ...forms.flatMap((form) => wordsHolding(form, words))])].slice(0, MAX_LOOKUPS);
}

/** Korean searches at most this many spellings and compounds at once: each is a search of Pagefind's own. */
const MAX_LOOKUPS = 24;

/** One language's results for every spelling of the query (and compound holding it), merged. */
async function searchLanguage(lang: Locale, query: string, chapter?: string): Promise<PagefindResult[]> {
  const [pagefind, forms] = await Promise.all([pagefindFor(localeInfo[lang].tag), lookups(lang, query)]);
  const answers = await Promise.all(forms.map((form) => pagefind.search(form, chapter ? { filters: { chapter } } : undefined)));
  return mergeRanked(answers.map((answer) => answer?.results ?? []));
}

/**
 * Results in the order Pagefind ranks them. A result links to the first section of its page (in page
 * order) whose excerpt shows a match, or to the page itself.
 */
export async function search(query: string, reader: Locale, chapter?: string, stale: () => boolean = () => false): Promise<SearchAnswer> {
  // A query in another language's script (家长学校 on a Korean page) searches that language at once too.
  const likely = chapter ? undefined : speculativeLanguage(query, reader);
  const early = likely ? searchLanguage(likely, query) : undefined;
  early?.catch(() => {}); // its failure, if it is needed, surfaces below
  const [own, rows] = await Promise.all([searchLanguage(reader, query, chapter), loadGlossary().catch(() => [])]);
  // The visitor typed on: skip the excerpts (a fetch per result) of a query nobody will see.
  if (stale()) return { total: 0, hits: [] };
  // Nothing in the reader's language: the first other language that has the query (a chapter filter
  // names the reader's chapters, so a filtered search stays in the reader's language).
  const elsewhere: LanguageAnswer<PagefindResult>[] = [];
  if (!own.length && !chapter) {
    for (const lang of fallbackLanguages(query, reader)) {
      if (stale()) return { total: 0, hits: [] };
      const results = await (lang === likely && early ? early : searchLanguage(lang, query));
      elsewhere.push({ lang, results });
      if (results.length) break;
    }
  }
  const chosen = chooseAnswer(reader, own, elsewhere);
  const forms = queryForms(query);
  const found = await lookups(chosen.lang, query);
  const toHits = async (results: PagefindResult[]) =>
    preferWordMatches(
      (await Promise.all(results.map((result) => result.data()))).map((page) => toHit(page, forms)),
      found,
      (hit) => hit.terms,
    );
  // The first screenful first: each result's excerpt is a fetch of its own, and a browser opens only six
  // connections to a host at once; the rest follow and are added below.
  const first = await toHits(chosen.results.slice(0, FIRST_SCREEN));
  const rest = chosen.results.slice(FIRST_SCREEN, 12);
  return {
    total: chosen.results.length,
    hits: first,
    more: rest.length ? () => toHits(rest) : undefined,
    lang: chosen.lang,
    elsewhere: chosen.elsewhere,
    glossary: lookupGlossary(query, rows),
  };
}

/** How many results fill the dialog on a phone; their excerpts are fetched before the others'. */
const FIRST_SCREEN = 4;

/**
 * A result links to the first section of its page (in page order) whose excerpt shows a match, or to the
 * page. The words to highlight there are those Pagefind marked, or the part of them the query named (학교 in 학부모학교).
 */
function toHit(page: PagefindResultData, forms: string[]): SearchHit {
  const best = page.sub_results?.find((sub) => sub.url.includes('#') && markedWords(sub.excerpt).length) ?? undefined;
  const excerpt = best?.excerpt ?? page.excerpt;
  const terms = highlightedParts([...new Set([...markedWords(excerpt), ...markedWords(page.excerpt)])], forms);
  return {
    url: withHighlight(best?.url ?? page.url, terms),
    title: page.meta.title ?? '',
    section: page.meta.section ?? '',
    excerpt,
    terms,
    parallel: inParallel(page.meta.parallel, best?.url ?? page.url, terms),
  };
}

/**
 * A hit's place in the parallel view: the chapter page names its parallel view in Pagefind's meta
 * (`parallel`, built by i18n/paths), and the parallel page keeps the same section and paragraph anchors.
 */
export function inParallel(parallel: string | undefined, url: string, terms: string[]): string | undefined {
  if (!parallel) return undefined;
  const hash = url.split('#')[1];
  return withHighlight(`${parallel}${hash ? `#${hash}` : ''}`, terms);
}

/** An excerpt's text with Pagefind's <mark>s, built as nodes: nothing from the index is parsed as HTML into the page. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  return [...parsed.childNodes].map((node) =>
    node.nodeName === 'MARK'
      ? Object.assign(document.createElement('mark'), { textContent: node.textContent })
      : document.createTextNode(node.textContent ?? ''),
  );
}

/** The glossary rows a query names, each in the three languages, above the results; hidden when none. */
function renderGlossary(list: HTMLElement, matches: GlossaryMatch[], strings: SearchStrings) {
  let box = list.parentElement?.querySelector<HTMLElement>('[data-search-glossary]');
  if (!box) {
    box = Object.assign(document.createElement('div'), { className: 'search-glossary' });
    box.dataset.searchGlossary = '';
    list.before(box);
  }
  box.hidden = matches.length === 0;
  const title = Object.assign(document.createElement('a'), {
    href: strings.glossaryUrl,
    className: 'search-glossary-title',
    textContent: strings.glossary,
  });
  const rows = matches.map(({ row }) => {
    const item = document.createElement('li');
    locales.forEach((lang, i) => {
      if (i) item.append(' · ');
      item.append(Object.assign(document.createElement('span'), { lang: localeInfo[lang].tag, textContent: row[lang] }));
    });
    return item;
  });
  const names = document.createElement('ul');
  names.append(...rows);
  box.replaceChildren(title, names);
}

/** Writes the results into a list, and a one-line summary into a live region for screen readers. */
export function renderResults(
  list: HTMLElement,
  status: HTMLElement,
  { total, hits, lang, elsewhere, glossary = [] }: SearchAnswer,
  query: string,
  strings: SearchStrings,
) {
  const summary = total === 0 ? strings.noResults : total === 1 ? strings.resultOne : strings.results;
  status.textContent =
    elsewhere && lang ? fill(strings.elsewhere, { count: total, query, language: strings.languages[lang] }) : fill(summary, { count: total, query });
  renderGlossary(list, glossary, strings);
  list.replaceChildren(...hits.map((hit) => hitItem(hit, elsewhere ? lang : undefined, strings)));
}

/** Adds results below those shown (nothing is redrawn, so focus on a result stays where it is). */
export const appendResults = (list: HTMLElement, hits: SearchHit[], { lang, elsewhere }: SearchAnswer, strings: SearchStrings) =>
  list.append(...hits.map((hit) => hitItem(hit, elsewhere ? lang : undefined, strings)));

/** One result; `lang` names the language of a result from another language's text. */
function hitItem(hit: SearchHit, lang: Locale | undefined, strings: SearchStrings): HTMLLIElement {
  const item = document.createElement('li');
  const link = Object.assign(document.createElement('a'), { href: hit.url, className: 'search-hit' });
  // A result from another language's text says which, and is set in that language.
  if (lang) {
    item.lang = localeInfo[lang].tag;
    item.dataset.resultLang = lang;
    link.append(
      Object.assign(document.createElement('span'), {
        className: 'search-lang',
        lang: localeInfo[strings.lang].tag,
        textContent: strings.languages[lang],
      }),
    );
  }
  const section = Object.assign(document.createElement('span'), { className: 'search-section', textContent: hit.section });
  const title = Object.assign(document.createElement('strong'), { className: 'search-title', textContent: hit.title });
  const excerpt = document.createElement('span');
  excerpt.className = 'search-excerpt';
  excerpt.append(...excerptNodes(hit.excerpt));
  link.append(section, title, excerpt);
  item.append(link);
  if (hit.parallel) {
    const parallel = Object.assign(document.createElement('a'), {
      href: hit.parallel,
      className: 'search-parallel',
      textContent: `⇄ ${strings.parallel}`,
    });
    parallel.setAttribute('aria-label', `${strings.parallel}: ${hit.title}`);
    item.append(parallel);
  }
  return item;
}

export function describeFailure(error: unknown, strings: SearchStrings): string {
  console.warn('Search is unavailable:', error);
  return import.meta.env.DEV ? strings.needsBuild : strings.failed;
}

/** The search UI's strings in the page's language and what the browser needs besides (server side). */
export function searchStrings(t: UIStrings, lang: Locale): SearchStrings {
  return {
    ...t.searchStatus,
    glossaryUrl: paths.glossary(lang),
    lang,
    // The placeholder's examples (例如：巾帼、贷款、家长学校): their index chunks are worth fetching early.
    warmup: t.searchPlaceholder.replace(/^[^:：]*[:：]\s*/, '').replace(/[,，、]/g, ' '),
  };
}

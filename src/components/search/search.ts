/**
 * Search over the Pagefind index of the page's language, for the <yinji-search> element. Loaded only when a
 * visitor opens search: the index and its code come from the site itself (paths.pagefind()), never from
 * another origin.
 */
import { paths, withHighlight } from '../../i18n/paths';
import { fill } from '../../i18n/template';
import type { SearchStatusStrings } from '../../i18n/ui/types';

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

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
  debouncedSearch?: unknown;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ paths.pagefind('pagefind.js'))) as Pagefind;
    await pagefind.options({ baseUrl: paths.home(), excerptLength: 30 });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined; // a failed load (offline for a moment) is tried again on the next query
    throw error;
  });
  return loading;
}

/** The words inside Pagefind's <mark>s, without the punctuation that clings to them ("screening," → "screening"). */
export const markedWords = (html: string) =>
  [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);

export interface SearchAnswer {
  /** How many pages match in all. */
  total: number;
  /** The first of them, as Pagefind ranks them. */
  hits: SearchHit[];
}

/**
 * Results in the order Pagefind ranks them. A result links to the first section of its page (in page
 * order) whose excerpt shows a match, or to the page itself.
 */
export async function search(query: string, chapter?: string): Promise<SearchAnswer> {
  return searchWith(await loadPagefind(), query, chapter);
}

/** The same, on a Pagefind instance of the caller's (the kiosk keeps one per language, warm). */
export async function searchWith(pagefind: Pick<Pagefind, 'search'>, query: string, chapter?: string): Promise<SearchAnswer> {
  const response = await pagefind.search(query, chapter ? { filters: { chapter } } : undefined);
  if (!response) return { total: 0, hits: [] };
  const pages = await Promise.all(response.results.slice(0, 12).map((result) => result.data()));
  const hits = pages.map((page) => {
    const best = page.sub_results?.find((sub) => sub.url.includes('#') && markedWords(sub.excerpt).length) ?? undefined;
    const excerpt = best?.excerpt ?? page.excerpt;
    const terms = [...new Set([...markedWords(excerpt), ...markedWords(page.excerpt)])];
    return {
      url: withHighlight(best?.url ?? page.url, terms),
      title: page.meta.title ?? '',
      section: page.meta.section ?? '',
      excerpt,
      terms,
      parallel: inParallel(page.meta.parallel, best?.url ?? page.url, terms),
    };
  });
  return { total: response.results.length, hits };
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
    node.nodeName === 'MARK' ? Object.assign(document.createElement('mark'), { textContent: node.textContent }) : document.createTextNode(node.textContent ?? ''),
  );
}

/** Writes the results into a list, and a one-line summary into a live region for screen readers. */
export function renderResults(list: HTMLElement, status: HTMLElement, { total, hits }: SearchAnswer, query: string, strings: SearchStatusStrings) {
  const summary = total === 0 ? strings.noResults : total === 1 ? strings.resultOne : strings.results;
  status.textContent = fill(summary, { count: total, query });
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement('li');
      const link = Object.assign(document.createElement('a'), { href: hit.url, className: 'search-hit' });
      const section = Object.assign(document.createElement('span'), { className: 'search-section', textContent: hit.section });
      const title = Object.assign(document.createElement('strong'), { className: 'search-title', textContent: hit.title });
      const excerpt = document.createElement('span');
      excerpt.className = 'search-excerpt';
      excerpt.append(...excerptNodes(hit.excerpt));
      link.append(section, title, excerpt);
      item.append(link);
      if (hit.parallel) {
        const parallel = Object.assign(document.createElement('a'), { href: hit.parallel, className: 'search-parallel', textContent: `⇄ ${strings.parallel}` });
        parallel.setAttribute('aria-label', `${strings.parallel}: ${hit.title}`);
        item.append(parallel);
      }
      return item;
    }),
  );
}

export function describeFailure(error: unknown, strings: SearchStatusStrings): string {
  console.warn('Search is unavailable:', error);
  return import.meta.env.DEV ? strings.needsBuild : strings.failed;
}

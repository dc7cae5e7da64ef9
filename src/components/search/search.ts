/**
 * Search over the Pagefind index of the page's language, shared by the search dialog and the search page.
 * Loaded only when a visitor opens search: the index and its code come from the site itself
 * ({base}pagefind/), never from another origin.
 */
import type { UIStrings } from '../../i18n/ui/types';

export interface SearchStrings {
  loading: string;
  noResults: string; // with {query}
  results: string; // with {count} and {query}
  resultsOne: string; // with {query}
  failed: string;
  needsBuild: string;
}

export interface SearchHit {
  url: string;
  title: string;
  section: string;
  excerpt: string;
  /** The words Pagefind matched, to highlight them on the page the result opens. */
  terms: string[];
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

export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 30 });
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
export async function search(base: string, query: string, chapter?: string): Promise<SearchAnswer> {
  return searchWith(await loadPagefind(base), query, chapter);
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
    };
  });
  return { total: response.results.length, hits };
}

/** The result's address with the words to highlight, before the fragment: /zh/family/?highlight=家长学校#… */
export function withHighlight(url: string, terms: string[]): string {
  if (!terms.length) return url;
  const [path = '', hash] = url.split('#');
  const query = new URLSearchParams({ highlight: terms.join(' ') });
  return `${path}${path.includes('?') ? '&' : '?'}${query}${hash ? `#${hash}` : ''}`;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/** An excerpt's text with Pagefind's <mark>s, built as nodes: nothing from the index is parsed as HTML into the page. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  return [...parsed.childNodes].map((node) =>
    node.nodeName === 'MARK' ? Object.assign(document.createElement('mark'), { textContent: node.textContent }) : document.createTextNode(node.textContent ?? ''),
  );
}

/** Writes the results into a list, and a one-line summary into a live region for screen readers. */
export function renderResults(list: HTMLElement, status: HTMLElement, { total, hits }: SearchAnswer, query: string, strings: SearchStrings) {
  const summary = total === 0 ? strings.noResults : total === 1 ? strings.resultsOne : strings.results;
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
      return item;
    }),
  );
}

export function describeFailure(error: unknown, strings: SearchStrings): string {
  console.warn('Search is unavailable:', error);
  return import.meta.env.DEV ? strings.needsBuild : strings.failed;
}

/** The search UI's strings in the page's language, as templates the browser fills in. */
export function searchStrings(t: UIStrings): SearchStrings {
  return {
    loading: t.searchLoading,
    noResults: t.searchNoResults('{query}'),
    results: t.searchResults(9999, '{query}').replace('9999', '{count}'),
    resultsOne: t.searchResults(1, '{query}'),
    failed: t.searchFailed,
    needsBuild: t.searchNeedsBuild,
  };
}

export interface SearchBinding {
  input: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
  base: string;
  strings: SearchStrings;
  /** The chapter filter's current value, if the UI has one. */
  chapter?: () => string | undefined;
  /** Told of each query before it runs (the search page keeps it in the address). */
  onQuery?: (query: string) => void;
}

/**
 * Searches as the visitor types (after a short pause) and on submit; an answer that arrives after a newer
 * query started is dropped, so results never jump back to an older query.
 */
export function bindSearch({ input, list, status, base, strings, chapter, onQuery }: SearchBinding): () => Promise<void> {
  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    onQuery?.(query);
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    try {
      const answer = await search(base, query, chapter?.());
      if (ticket === latest) renderResults(list, status, answer, query, strings);
    } catch (error) {
      if (ticket === latest) status.textContent = describeFailure(error, strings);
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  };
  // While an input method composes Chinese or Korean, the field holds pinyin or loose jamo: wait for the word.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) soon();
  });
  input.addEventListener('compositionend', soon);
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  return run;
}

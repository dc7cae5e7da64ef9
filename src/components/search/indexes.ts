/**
 * Pagefind in the browser, one instance per language, loaded from the site itself (paths.pagefind()) and
 * kept for the page's life. `prepare` starts loading before the first keystroke (the dialog opens, the
 * field takes focus, the pointer nears the search button), so the first search only searches.
 */
import type { GlossaryRow } from '../../lib/glossary-lookup';
import { KOREAN_WORDS_FILE } from '../../lib/korean-compounds';
import { paths } from '../../i18n/paths';
import { pagefindLanguage } from '../../i18n/locales';

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
export interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  preload(query: string, options?: Record<string, unknown>): Promise<void>;
}
interface PagefindModule {
  createInstance(options: { basePath: string; noWorker?: boolean }): PagefindInstance;
}

const modules = new Map<string, Promise<PagefindModule>>();
const instances = new Map<string, Promise<PagefindInstance>>();
let glossary: Promise<GlossaryRow[]> | undefined;
let koreanWords: Promise<string[]> | undefined;

const retryable = <T>(promise: Promise<T>, forget: () => void) =>
  promise.catch((error: unknown) => {
    forget(); // a failed load (offline for a moment) is tried again on the next query
    throw error;
  });

/** The Pagefind instance over one language's index; `tag` is that language's <html lang> (zh-CN, ko, en). */
export function pagefindFor(tag: string): Promise<PagefindInstance> {
  // Pagefind runs on the page's own thread: its worker is one more file to fetch and start before the
  // first result, and this site's indexes are small enough to search between two keystrokes.
  const key = pagefindLanguage(tag);
  let instance = instances.get(key);
  if (!instance) {
    instance = retryable(
      moduleFor(key).then(async (pagefind) => {
        const created = createInLanguage(pagefind, tag);
        await created.options({ baseUrl: paths.home(), excerptLength: 30 });
        await created.init();
        return created;
      }),
      () => instances.delete(key),
    );
    instances.set(key, instance);
  }
  return instance;
}

/**
 * Pagefind's code, once per language. Its WebAssembly glue is module-wide: two instances with different
 * WebAssembly (English stems words, Chinese and Korean do not) in one module overwrite each other's memory
 * and crash ("memory access out of bounds"). So the first language loaded (the reader's, as a rule) has
 * the plain file (one entry in the HTTP and offline caches), and each other language a copy of its own
 * (the same file under another query string). Not decided by <html lang>: the kiosk changes it with the visitor's language.
 */
function moduleFor(key: string): Promise<PagefindModule> {
  let module = modules.get(key);
  if (!module) {
    const url = `${paths.pagefind('pagefind.js')}${modules.size ? `?lang=${encodeURIComponent(key)}` : ''}`;
    module = retryable(import(/* @vite-ignore */ url) as Promise<PagefindModule>, () => modules.delete(key));
    modules.set(key, module);
  }
  return module;
}

/**
 * Pagefind 1.6 picks an instance's index from <html lang>, read once and synchronously inside
 * createInstance (its detectLanguage), and overrides any `language` option given there. To open another
 * language's index, the attribute names that language for that one synchronous call and is restored in
 * the same task, before the page can render or any event run. (mergeIndex takes a language, but it merges
 * into the page's own instance and searches with the page language's WebAssembly, so English would lose
 * its stemming on a Korean page.)
 */
function createInLanguage(pagefind: PagefindModule, tag: string): PagefindInstance {
  const root = document.documentElement;
  const own = root.getAttribute('lang');
  if (own === tag) return pagefind.createInstance({ basePath: paths.pagefind(), noWorker: true });
  root.setAttribute('lang', tag);
  try {
    return pagefind.createInstance({ basePath: paths.pagefind(), noWorker: true });
  } finally {
    if (own === null) root.removeAttribute('lang');
    else root.setAttribute('lang', own);
  }
}

/** The glossary's names in the three languages (paths.glossaryData()), fetched once. */
export function loadGlossary(): Promise<GlossaryRow[]> {
  glossary ??= retryable(
    fetch(paths.glossaryData()).then((response) => {
      if (!response.ok) throw new Error(`glossary: ${response.status}`);
      return response.json() as Promise<GlossaryRow[]>;
    }),
    () => (glossary = undefined),
  );
  return glossary;
}

/** The Korean text's words of three syllables or more, to find compounds by their parts (lib/korean-compounds), fetched once. */
export function loadKoreanWords(): Promise<string[]> {
  koreanWords ??= retryable(
    fetch(paths.pagefind(KOREAN_WORDS_FILE)).then(async (response) => {
      if (!response.ok) throw new Error(`${KOREAN_WORDS_FILE}: ${response.status}`);
      return (await response.text()).split(' ').filter(Boolean);
    }),
    () => (koreanWords = undefined),
  );
  return koreanWords;
}

/**
 * Starts loading what the first search needs: Pagefind's code and WebAssembly, the reader's index (its
 * word chunks, through a search for the placeholder's example words), the glossary, and for a Korean
 * reader the Korean words. Safe to call often.
 */
export function prepare(tag: string, warmup: string): void {
  const ready = pagefindFor(tag).then((pagefind) => pagefind.preload(warmup));
  void Promise.all([ready, loadGlossary(), pagefindLanguage(tag) === 'ko' ? loadKoreanWords() : undefined]).catch((error: unknown) =>
    console.warn('Search could not load yet:', error),
  );
}

import type { Locale } from '../../i18n/locales';
import { search } from '../search/search';
import type { YinjiSearch } from '../search/yinji-search';

/**
 * Warms each language's search at start, in the order given (the kiosk's own language first): Pagefind's
 * code and WebAssembly, each index, and every suggested word searched once, which leaves its index chunks
 * and its results' fragments in memory. The first touch of a word then answers from memory
 * (bench/kiosk-search.mjs measures it); a typed word needs at most a chunk or two more.
 * `data-search-warm="ready"` on <html> says it is done.
 */
export async function warmSearch(boxes: readonly (readonly [Locale, YinjiSearch])[]) {
  for (const [lang, box] of boxes) {
    const terms = [...box.querySelectorAll<HTMLElement>('[data-term]')].map((button) => button.dataset.term!);
    for (const term of terms) await search(term, lang).then((answer) => answer.more?.());
  }
  document.documentElement.dataset.searchWarm = 'ready';
}

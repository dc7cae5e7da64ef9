/**
 * <yinji-search>: the one search UI of the site, in the header's dialog, on the search page and at the
 * kiosk, like <yinji-chart> for charts. It enhances server-rendered markup (SearchBox.astro): a form with a search
 * field, an optional chapter filter, a status line and a results list.
 *
 * Why not Pagefind's own UI (pagefind-ui / component-ui): it searches on every input event, so while an
 * input method composes Chinese or Korean it runs queries on pinyin and loose jamo; it writes results
 * with innerHTML, where we build nodes so that nothing from the index is parsed as HTML into the page;
 * its strings are not our dictionaries; and its CSS and script would weigh more than this whole island.
 */
import { appendResults, describeFailure, prepareSearch, renderResults, search, type SearchStrings } from './search';

export class YinjiSearch extends HTMLElement {
  #latest = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #wired = false;

  get input() {
    return this.querySelector<HTMLInputElement>('input[type=search]')!;
  }

  connectedCallback() {
    if (this.#wired) return;
    this.#wired = true;
    const chapter = this.#chapter();
    // The field taking focus is the surest sign a search is coming: load while the visitor types.
    this.input.addEventListener('focus', () => this.prepare(), { once: true });
    // The search page keeps the query in its address, so a search can be bookmarked or shared; a page
    // that is for searching loads the index at once.
    if (this.hasAttribute('data-in-address')) {
      this.prepare();
      const params = new URLSearchParams(location.search);
      this.input.value = params.get('q') ?? '';
      if (chapter) chapter.value = params.get('chapter') ?? '';
    }
    // While an input method composes Chinese or Korean, the field holds pinyin or loose jamo: wait for the word.
    this.input.addEventListener('input', (event) => {
      if (!event.isComposing) this.#soon();
    });
    this.input.addEventListener('compositionend', () => this.#soon());
    chapter?.addEventListener('change', () => void this.run());
    const form = this.querySelector('form');
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
    // A reset (the kiosk's clear button, or the kiosk forgetting its last visitor) clears the answer too,
    // and drops one still on its way.
    form?.addEventListener('reset', () => this.#show(''));
    if (this.input.value) void this.run();
  }

  /** Starts loading Pagefind, the reader's index and the glossary; safe to call on every hint of intent. */
  prepare() {
    prepareSearch(this.#strings());
  }

  #strings() {
    return JSON.parse(this.dataset.strings ?? '{}') as SearchStrings;
  }

  /** Puts the cursor in the field, its text selected, ready for a new query. */
  focusField() {
    this.input.focus();
    this.input.select();
  }

  /** Puts a query in the field and searches for it (a suggested word tapped, a link to the search page). */
  searchFor(query: string) {
    this.input.value = query;
    return this.run();
  }

  /** Searches for what the field holds now; an answer that arrives after a newer query started is dropped. */
  async run() {
    const query = this.input.value.trim();
    const chapter = this.#chapter()?.value || undefined;
    if (this.hasAttribute('data-in-address')) this.#keepInAddress(query, chapter);
    const ticket = this.#show(query);
    if (!query) return;
    const list = this.#list;
    const status = this.#status;
    const strings = this.#strings();
    const stale = () => ticket !== this.#latest;
    try {
      const answer = await search(query, strings.lang, chapter, stale);
      if (stale()) return;
      renderResults(list, status, answer, query, strings);
      if (!answer.more) return list.removeAttribute('aria-busy');
      // Busy until the rest of the results are in (screen readers wait; so do the tests).
      list.setAttribute('aria-busy', 'true');
      const more = await answer.more();
      if (stale()) return;
      appendResults(list, more, answer, strings);
      list.removeAttribute('aria-busy');
    } catch (error) {
      if (stale()) return;
      list.removeAttribute('aria-busy');
      status.textContent = describeFailure(error, strings);
    }
  }

  /**
   * Starts showing the answer to `query`: no results yet, a loading line (none for an empty query). Any
   * answer still on its way for an earlier query is dropped. Returns the new query's ticket.
   */
  #show(query: string) {
    clearTimeout(this.#timer);
    this.#list.removeAttribute('aria-busy');
    if (!query) {
      this.#list.replaceChildren();
      this.querySelector<HTMLElement>('[data-search-glossary]')?.toggleAttribute('hidden', true);
    }
    this.#status.textContent = query ? this.#strings().loading : '';
    return ++this.#latest;
  }

  #soon() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.run(), 60);
  }

  get #list() {
    return this.querySelector<HTMLElement>('[data-search-results]')!;
  }

  get #status() {
    return this.querySelector<HTMLElement>('[data-search-status]')!;
  }

  #chapter() {
    return this.querySelector<HTMLSelectElement>('select[name=chapter]');
  }

  #keepInAddress(query: string, chapter: string | undefined) {
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(query && { q: query }), ...(chapter && { chapter }) }).toString();
    history.replaceState(null, '', url);
  }
}

if (!customElements.get('yinji-search')) customElements.define('yinji-search', YinjiSearch);

declare global {
  interface HTMLElementTagNameMap {
    'yinji-search': YinjiSearch;
  }
}

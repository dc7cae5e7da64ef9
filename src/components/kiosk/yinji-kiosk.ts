/**
 * <yinji-kiosk>: the kiosk shell (src/pages/[lang]/kiosk.astro), like <yinji-search> and <yinji-chart>
 * an element that enhances server-rendered markup. Two modes:
 * - attract: the slides go round, every language in turn, until someone touches the screen;
 * - explore: home (the chapters), figures, timeline and search, with the site's pages shown in a frame.
 * After the idle time without a touch it goes back to the loop and forgets everything the last visitor
 * did. Nothing leads out of the site, and a service worker keeps the whole build for offline use.
 *
 * When and why it changes state is lib/kiosk-state.ts (unit-tested); this element draws the states and
 * passes the visitor's touches on. Its state shows in its attributes (data-mode, data-loop-lang,
 * data-slide, data-cycles, data-showing, data-frame-path, data-resets), which the tests and the soak
 * benchmark read. The frame shows the site's own pages unchanged; the shell dresses them for the kiosk
 * from outside (frame.css) and catches their links, so none of this reaches an ordinary visitor.
 */
import type { Locale } from '../../i18n/locales';
import { paths, type PageName } from '../../i18n/paths';
import { idleSeconds } from '../../lib/kiosk';
import { KioskMachine, type KioskState, type KioskView } from '../../lib/kiosk-state';
import type { YinjiSearch } from '../search/yinji-search';
import '../search/yinji-search';
import { guard } from './guard';
import { keepOffline } from './offline';
import { PageFrame } from './page-frame';
import { warmSearch } from './warm-search';

const json = <T>(text: string | undefined, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);

export class YinjiKiosk extends HTMLElement {
  #wired = false;
  // Set once, as the element is first connected; the kiosk page is its only home, for the page's life.
  #machine!: KioskMachine<Locale>;
  #frame!: PageFrame;
  /** Each language's slides, in the loop's order. */
  #decks = new Map<Locale, HTMLElement[]>();
  #tags: Partial<Record<Locale, string>> = {};
  #frameTitles: Partial<Record<Locale, string>> = {};

  connectedCallback() {
    if (this.#wired) return;
    this.#wired = true;
    const home = (this.dataset.lang ?? 'zh') as Locale;
    const languages = json<Locale[]>(this.dataset.langs, ['zh', 'ko', 'en']);
    this.#tags = json(this.dataset.tags, {});
    this.#frameTitles = json(this.dataset.frameTitles, {});
    for (const lang of languages) this.#decks.set(lang, [...this.#attract.querySelectorAll<HTMLElement>(`[data-deck=${lang}] .slide`)]);
    const params = new URLSearchParams(location.search);
    /** How long a slide stays: 9 s at the venue; `?slide=` (milliseconds) speeds the loop up for tests and the soak benchmark. */
    const slideMs = Math.max(Number(params.get('slide')) || 9000, 10);
    this.style.setProperty('--fade', `${Math.round(Math.min(1200, slideMs / 4))}ms`);
    const slidesPerLang = Object.fromEntries(languages.map((lang) => [lang, this.#decks.get(lang)!.length])) as Record<Locale, number>;
    this.#frame = new PageFrame(this.#explore.querySelector<HTMLElement>('[data-view=page]')!, (frame) => this.#dress(frame));
    const machine = new KioskMachine<Locale>(
      { home, languages, slidesPerLang, slideMs, idleMs: idleSeconds(params.get('idle'), this.dataset.idle) * 1000 },
      {
        drawLoop: (state) => this.#drawLoop(state),
        drawExplorer: (state) => this.#drawExplorer(state),
        forget: () => this.#forget(),
        reload: () => location.reload(),
      },
    );
    this.#machine = machine;

    this.#guard(document, false);
    // On click, not on the first touch: the finger lifts on the explorer, and its click must not open whatever
    // lies under it. The loop's button is there for a keyboard or a screen reader; a tap anywhere does the same.
    this.#attract.addEventListener('click', () => machine.touch());
    for (const button of this.querySelectorAll<HTMLElement>('[data-view-go]')) {
      button.addEventListener('click', () => machine.show(button.dataset.viewGo as KioskView));
    }
    for (const button of this.querySelectorAll<HTMLElement>('[data-set-lang]')) {
      button.addEventListener('click', () => this.#chooseLanguage(button.dataset.setLang as Locale));
    }
    for (const button of this.querySelectorAll<HTMLElement>('[data-term]')) {
      button.addEventListener('click', () => void button.closest('yinji-search')?.searchFor(button.dataset.term ?? ''));
    }

    machine.start();
    void keepOffline(() => machine.updateArrived()).catch((error: unknown) => console.warn('The kiosk could not keep the site offline:', error));
    // After the first slide has painted: warming must not delay the loop's start.
    setTimeout(
      () =>
        void warmSearch(languages.map((lang) => [lang, this.#searchBox(lang)] as const)).catch((error: unknown) =>
          console.warn('Search could not be warmed:', error),
        ),
      500,
    );
  }

  get #attract() {
    return this.querySelector<HTMLElement>('[data-attract]')!;
  }

  get #explore() {
    return this.querySelector<HTMLElement>('[data-explore]')!;
  }

  // ─── Drawing the state ────────────────────────────────────────────────────────────────────────────

  #drawLoop({ at, cycles }: KioskState<Locale>) {
    for (const [lang, slides] of this.#decks) {
      slides.forEach((slide, i) => {
        const current = lang === at.lang && i === at.slide;
        if (current === slide.classList.contains('is-current')) return;
        slide.classList.toggle('is-current', current);
        // Charts draw as their slide appears (bars grow from the axis), never waiting on a scroll.
        if (current) for (const chart of slide.querySelectorAll('yinji-chart')) chart.dispatchEvent(new Event('yinji-chart:draw'));
      });
    }
    Object.assign(this.dataset, { loopLang: at.lang, slide: String(at.slide), cycles: String(cycles) });
  }

  #drawExplorer({ mode, ui, view, resets }: KioskState<Locale>) {
    this.#attract.hidden = mode !== 'attract';
    this.#explore.hidden = mode !== 'explore';
    const html = document.documentElement;
    html.lang = this.#tags[ui] ?? ui;
    html.dataset.ui = ui;
    for (const button of this.querySelectorAll<HTMLElement>('[data-set-lang]')) {
      button.setAttribute('aria-pressed', String(button.dataset.setLang === ui));
    }
    for (const link of this.querySelectorAll<HTMLAnchorElement>('.kiosk-bar a[data-page]')) {
      link.href = paths.page(ui, link.dataset.page as PageName);
    }
    this.#frame.title = this.#frameTitle(ui);
    for (const section of this.#explore.querySelectorAll<HTMLElement>('[data-view]')) {
      const shown = section.dataset.view === view && (view === 'page' || section.dataset.lang === ui);
      section.hidden = !shown;
      if (shown) section.scrollTop = 0;
    }
    if (view !== 'page') this.#frame.drop();
    Object.assign(this.dataset, { mode, showing: view, resets: String(resets) });
  }

  /** What a reset forgets beyond the state: the next visitor finds nothing open or typed, every view at its top. */
  #forget() {
    this.#frame.drop();
    for (const form of this.querySelectorAll('form')) form.reset(); // <yinji-search> clears its answer too
    for (const dialog of document.querySelectorAll<HTMLDialogElement>('dialog[open]')) dialog.close();
    for (const details of document.querySelectorAll<HTMLDetailsElement>('details[open]')) details.open = false;
    (document.activeElement as HTMLElement | null)?.blur?.();
    for (const scroller of [document.scrollingElement, ...this.querySelectorAll('[data-view]')]) scroller?.scrollTo?.(0, 0);
  }

  #frameTitle(lang: Locale) {
    return this.#frameTitles[lang] ?? '';
  }

  // ─── The visitor's choices ──────────────────────────────────────────────────────────────────────────

  /** A language button: the explorer in that language, and the page in the frame with it. */
  #chooseLanguage(lang: Locale) {
    const machine = this.#machine;
    const url = machine.state.view === 'page' ? this.#frame.url() : undefined;
    const translated = url && this.#sitePage(url) && paths.inLanguage(url.pathname, lang);
    machine.setLanguage(lang);
    if (translated) this.#frame.open(`${translated}${url.hash}`, this.#frameTitle(lang));
  }

  #open(href: string) {
    this.#frame.open(href, this.#frameTitle(this.#machine.state.ui));
    this.#machine.show('page');
  }

  /** Where a link leads, in the shell or in a page of the frame: always somewhere inside the kiosk. */
  #follow(event: MouseEvent, inFrame: boolean) {
    const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (!link) return;
    const url = new URL(link.href, link.baseURI);
    event.preventDefault();
    if (url.origin !== location.origin) return; // inert: another origin is out of the kiosk
    if (inFrame && link.hasAttribute('download')) return; // a file to download means nothing on a kiosk
    const machine = this.#machine;
    const place = this.#sitePage(url);
    if (!place) {
      // The language choice or the kiosk itself: the kiosk's home.
      if (url.pathname === paths.home() || this.#isKiosk(url)) machine.show('home');
      return;
    }
    if (inFrame && url.pathname === this.#frame.url()?.pathname && url.hash) return this.#frame.jump(url.hash);
    if (place.lang !== machine.state.ui) machine.setLanguage(place.lang);
    if (place.route.kind === 'page' && place.route.name === 'search') {
      machine.show('search');
      const query = url.searchParams.get('q');
      if (query) void this.#searchBox(place.lang).searchFor(query);
      return;
    }
    this.#open(url.href);
  }

  /** A page of this site the frame may show: in one of its languages, not the kiosk itself, not a file. */
  #sitePage(url: URL) {
    if (url.origin !== location.origin || this.#isKiosk(url)) return undefined;
    return paths.placeOf(url.pathname);
  }

  #isKiosk(url: URL) {
    const route = paths.placeOf(url.pathname)?.route;
    return route?.kind === 'page' && route.name === 'kiosk';
  }

  /** Each page as it loads in the frame: dressed for the kiosk, or, if it is not one of the site's, back to the loop. */
  #dress(frame: HTMLIFrameElement) {
    let doc: Document | null;
    try {
      doc = frame.contentDocument;
    } catch {
      doc = null;
    }
    // A page that failed (the browser's error page is of another origin) or that is not one of the site's
    // (the 404 page has no canonical address): back to the loop, never an error on the screen.
    const url = this.#frame.url();
    if (!doc || !url || !this.#sitePage(url) || !doc.querySelector('link[rel=canonical]')) {
      this.dataset.lastFailure = url?.href ?? 'unreachable';
      this.#machine.reset();
      return;
    }
    this.dataset.framePath = url.pathname;
    const style = doc.createElement('link');
    style.rel = 'stylesheet';
    style.href = this.dataset.frameCss ?? '';
    doc.head.append(style);
    doc.documentElement.dataset.kioskFrame = '';
    this.#guard(doc, true);
  }

  #guard(doc: Document, inFrame: boolean) {
    guard(doc, { inFrame, activity: () => this.#machine.activity(), follow: (event) => this.#follow(event, inFrame) });
  }

  /** One language's search: the site's own <yinji-search>, with all it knows (both Korean spellings, other languages, the glossary). */
  #searchBox(lang: Locale) {
    return this.#explore.querySelector<YinjiSearch>(`[data-view=search][data-lang=${lang}] yinji-search`)!;
  }
}

if (!customElements.get('yinji-kiosk')) customElements.define('yinji-kiosk', YinjiKiosk);

declare global {
  interface HTMLElementTagNameMap {
    'yinji-kiosk': YinjiKiosk;
  }
}

/**
 * The kiosk shell (src/pages/[lang]/kiosk.astro), loaded by that page alone. Two modes:
 * - attract: the slides go round, every language in turn, until someone touches the screen;
 * - explore: home (the chapters), figures, timeline and search, with the site's pages shown in a frame.
 * After `idle` seconds without a touch it goes back to the loop and forgets everything the last visitor
 * did. Nothing leads out of the site, and a service worker keeps the whole build for offline use.
 *
 * The frame shows the site's own pages unchanged; the shell dresses them for the kiosk from outside
 * (frame.css: no header or footer, larger targets, no selection) and catches their links, so none of
 * this code or style reaches an ordinary visitor.
 */
import { idleSeconds, loopOrder, nextSlide, type LoopPosition } from '../../lib/kiosk';
import type { Locale } from '../../i18n/locales';
import { paths, type PageName } from '../../i18n/paths';
import { search } from '../search/search';
import type { YinjiSearch } from '../search/yinji-search';
import '../search/yinji-search';

type Lang = Locale;
type View = 'home' | 'search' | 'page';

const html = document.documentElement;
const body = document.body;
const data = body.dataset;
const base = data.base ?? '/';
const home = (data.lang ?? 'zh') as Lang;
const languages = JSON.parse(data.langs ?? '["zh","ko","en"]') as Lang[];
const tags = JSON.parse(data.tags ?? '{}') as Record<Lang, string>;
const frameTitles = JSON.parse(data.frameTitles ?? '{}') as Record<Lang, string>;
const params = new URLSearchParams(location.search);
const idleMs = idleSeconds(params.get('idle'), data.idle) * 1000;
/** How long a slide stays: 9 s at the venue; `?slide=` (milliseconds) speeds the loop up for tests and the soak benchmark. */
const slideMs = Math.max(Number(params.get('slide')) || 9000, 10);
html.style.setProperty('--fade', `${Math.round(Math.min(1200, slideMs / 4))}ms`);

const attract = body.querySelector<HTMLElement>('[data-attract]')!;
const explore = body.querySelector<HTMLElement>('[data-explore]')!;
const pageView = explore.querySelector<HTMLElement>('[data-view=page]')!;
const decks = new Map(languages.map((lang) => [lang, [...attract.querySelectorAll<HTMLElement>(`[data-deck=${lang}] .slide`)]]));
const slidesPerLang = Object.fromEntries(languages.map((lang) => [lang, decks.get(lang)!.length])) as Record<Lang, number>;
const order = loopOrder(languages, home);

let mode: 'attract' | 'explore' = 'attract';
let ui: Lang = home;
let view: View = 'home';
let at: LoopPosition<Lang> = { lang: home, slide: 0 };
let cycles = 0;
let slideTimer: ReturnType<typeof setTimeout> | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let frame: HTMLIFrameElement | undefined;
/** A new build's worker took charge while someone was exploring: reload once the kiosk is idle again. */
let updateWaiting = false;

// ─── The attract loop ─────────────────────────────────────────────────────────────────────────────────

function showSlide(position: LoopPosition<Lang>) {
  at = position;
  for (const [lang, slides] of decks) {
    slides.forEach((slide, i) => {
      const current = lang === position.lang && i === position.slide;
      if (current === slide.classList.contains('is-current')) return;
      slide.classList.toggle('is-current', current);
      // Charts draw as their slide appears (bars grow from the axis), never waiting on a scroll.
      if (current) for (const chart of slide.querySelectorAll('yinji-chart')) chart.dispatchEvent(new Event('yinji-chart:draw'));
    });
  }
  data.loopLang = position.lang;
  data.slide = String(position.slide);
}

function advance() {
  const next = nextSlide(at, slidesPerLang, order);
  if (next.completed) data.cycles = String(++cycles);
  showSlide(next);
  slideTimer = setTimeout(advance, slideMs);
}

function startLoop() {
  mode = 'attract';
  data.mode = 'attract';
  explore.hidden = true;
  attract.hidden = false;
  showSlide({ lang: home, slide: 0 });
  clearTimeout(slideTimer);
  slideTimer = setTimeout(advance, slideMs);
}

// ─── Exploring ────────────────────────────────────────────────────────────────────────────────────────

function startExploring(lang: Lang) {
  clearTimeout(slideTimer);
  mode = 'explore';
  data.mode = 'explore';
  attract.hidden = true;
  explore.hidden = false;
  setLanguage(lang);
  showView('home');
  nudge();
}

function setLanguage(lang: Lang) {
  ui = lang;
  html.lang = tags[lang];
  html.dataset.ui = lang;
  for (const button of explore.querySelectorAll<HTMLElement>('[data-set-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.setLang === lang));
  }
  for (const link of explore.querySelectorAll<HTMLAnchorElement>('.kiosk-bar a[data-page]')) {
    link.href = paths.page(lang, link.dataset.page as PageName);
  }
  if (view === 'page' && frame) {
    // The same page in the other language: every page's address is /{lang}/….
    const url = frameUrl();
    const from = url && sitePageOf(url);
    if (url && from) navigateFrame(`${base}${lang}/${url.pathname.slice(`${base}${from}/`.length)}${url.hash}`);
    frame.title = frameTitles[lang] ?? '';
  } else {
    showView(view);
  }
}

function showView(next: View) {
  view = next;
  for (const section of explore.querySelectorAll<HTMLElement>('[data-view]')) {
    const shown = section.dataset.view === next && (next === 'page' || section.dataset.lang === ui);
    section.hidden = !shown;
    if (shown) section.scrollTop = 0;
  }
  data.showing = next;
  if (next !== 'page') dropFrame();
}

// ─── The frame that shows the site's pages ────────────────────────────────────────────────────────────

function frameUrl(): URL | undefined {
  try {
    return frame?.contentWindow ? new URL(frame.contentWindow.location.href) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every page opens in place of the last one (location.replace), so the kiosk's history never grows: a
 * back gesture or key has nowhere to go, least of all out of the kiosk.
 */
function navigateFrame(href: string) {
  const url = new URL(href, location.href);
  if (!frame) {
    frame = document.createElement('iframe');
    frame.className = 'page-frame';
    frame.title = frameTitles[ui] ?? '';
    frame.src = url.href; // set before it is attached: the frame starts with this page, not a history entry
    frame.addEventListener('load', () => dressFrame(frame!));
    pageView.append(frame);
  } else {
    frame.contentWindow?.location.replace(url.href);
  }
  showView('page');
}

function dropFrame() {
  frame?.remove();
  frame = undefined;
}

/** A page of this site, in one of its languages (not the 404 page, not the kiosk, not a file). */
function sitePageOf(url: URL): Lang | undefined {
  if (url.origin !== location.origin || !url.pathname.startsWith(base)) return undefined;
  const [lang, name] = url.pathname.slice(base.length).split('/');
  if (!languages.includes(lang as Lang) || name === 'kiosk') return undefined;
  return lang as Lang;
}

function dressFrame(current: HTMLIFrameElement) {
  let doc: Document | null = null;
  try {
    doc = current.contentDocument;
  } catch {
    doc = null;
  }
  // A page that failed (the browser's error page is of another origin) or that is not one of the site's
  // (the 404 page has no canonical address): back to the loop, never an error on the screen.
  const url = frameUrl();
  if (!doc || !url || !sitePageOf(url) || !doc.querySelector('link[rel=canonical]')) {
    data.lastFailure = url?.href ?? 'unreachable';
    reset();
    return;
  }
  data.framePath = url.pathname;
  const style = doc.createElement('link');
  style.rel = 'stylesheet';
  style.href = data.frameCss ?? '';
  doc.head.append(style);
  doc.documentElement.dataset.kioskFrame = '';
  guard(doc, true);
}

// ─── No way out ───────────────────────────────────────────────────────────────────────────────────────

/**
 * The same rules for the shell and for each page in the frame: every touch, key or scroll keeps the kiosk
 * awake; links stay inside (another origin: nothing happens); no context menu, no selection, no dragging
 * a link away, no zoom with the wheel or the keyboard (pinch is off in CSS, touch-action, and in Chromium's
 * flags; see scripts/kiosk.mjs).
 */
function guard(target: Document, inFrame: boolean) {
  const win = target.defaultView!;
  for (const type of ['pointerdown', 'keydown', 'wheel', 'input'] as const) target.addEventListener(type, nudge, { capture: true, passive: true });
  target.addEventListener('scroll', nudge, { capture: true, passive: true });
  for (const type of ['contextmenu', 'selectstart', 'dragstart'] as const) target.addEventListener(type, (event) => event.preventDefault());
  win.addEventListener('wheel', (event) => event.ctrlKey && event.preventDefault(), { passive: false });
  target.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && /^[-+=0]$/.test(event.key)) event.preventDefault();
  });
  target.addEventListener('click', (event) => follow(event, inFrame), { capture: true });
  target.addEventListener('submit', (event) => {
    if (inFrame) event.preventDefault(); // the site's search page: the kiosk's own search answers instead
  }, { capture: true });
}

function follow(event: MouseEvent, inFrame: boolean) {
  const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
  if (!link) return;
  const url = new URL(link.href, link.baseURI);
  event.preventDefault();
  if (url.origin !== location.origin) return; // inert: another origin is out of the kiosk
  if (inFrame && link.hasAttribute('download')) return; // a file to download means nothing on a kiosk
  const lang = sitePageOf(url);
  if (!lang) {
    // The language choice or the kiosk itself: the kiosk's home.
    if (url.pathname === base || url.pathname.endsWith('/kiosk/')) showView('home');
    return;
  }
  if (inFrame && url.pathname === frameUrl()?.pathname && url.hash) {
    frame?.contentWindow?.location.replace(url.hash); // a jump within the page, still without history
    return;
  }
  if (url.pathname.endsWith('/search/')) {
    if (lang !== ui) setLanguage(lang);
    showView('search');
    const query = url.searchParams.get('q');
    if (query) void searchBox(lang).searchFor(query);
    return;
  }
  if (lang !== ui) setLanguage(lang);
  navigateFrame(url.href);
}

// ─── Idle ─────────────────────────────────────────────────────────────────────────────────────────────

function nudge() {
  if (mode !== 'explore') return;
  clearTimeout(idleTimer);
  idleTimer = setTimeout(reset, idleMs);
}

/** The next visitor finds the kiosk as the first did: the loop, in the kiosk's language, nothing open or typed. */
function reset() {
  clearTimeout(idleTimer);
  if (updateWaiting) {
    location.reload();
    return;
  }
  dropFrame();
  for (const form of explore.querySelectorAll('form')) form.reset(); // <yinji-search> clears its answer too
  for (const dialog of document.querySelectorAll<HTMLDialogElement>('dialog[open]')) dialog.close();
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[open]')) details.open = false;
  (document.activeElement as HTMLElement | null)?.blur?.();
  setLanguage(home);
  showView('home');
  for (const scroller of [document.scrollingElement, ...explore.querySelectorAll('[data-view]')]) scroller?.scrollTo?.(0, 0);
  data.resets = String(Number(data.resets ?? 0) + 1);
  startLoop();
}

// ─── Search ───────────────────────────────────────────────────────────────────────────────────────────

/** One language's search: the site's own <yinji-search>, with all it knows (both Korean spellings, other languages, the glossary). */
const searchBox = (lang: Lang) => explore.querySelector<YinjiSearch>(`[data-view=search][data-lang=${lang}] yinji-search`)!;

/**
 * Warm every language's search at start, the kiosk's own language first: Pagefind's code and WebAssembly,
 * each index, and every suggested word searched once, which leaves its index chunks and its results'
 * fragments in memory. The first touch of a word then answers from memory (bench/kiosk-search.mjs
 * measures it); a typed word needs at most a chunk or two more.
 */
async function warmSearch() {
  for (const lang of order) {
    const terms = [...searchBox(lang).querySelectorAll<HTMLElement>('[data-term]')].map((button) => button.dataset.term!);
    for (const term of terms) await search(term, lang).then((answer) => answer.more?.());
  }
  html.dataset.searchWarm = 'ready';
}

// ─── Offline ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * The worker ({base}sw.js, written by the build) keeps every file of this build. `data-offline="ready"`
 * on <html> says it has them all and is in charge. A new build is picked up by itself: the kiosk asks
 * for a new worker every few minutes; once one has its cache, it takes over, and the kiosk reloads when
 * next idle (at once if the loop is showing).
 */
async function keepOffline() {
  if (!('serviceWorker' in navigator)) return;
  const worker = navigator.serviceWorker;
  const registration = await worker.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' });
  await worker.ready;
  if (!worker.controller) await new Promise((resolve) => worker.addEventListener('controllerchange', resolve, { once: true }));
  html.dataset.offline = 'ready';
  worker.addEventListener('message', (event: MessageEvent<{ version?: string }>) => {
    if (event.data?.version) html.dataset.offlineVersion = event.data.version;
  });
  worker.controller?.postMessage('version');
  worker.addEventListener('controllerchange', () => {
    updateWaiting = true;
    if (mode === 'attract') location.reload();
  });
  setInterval(() => registration.update().catch(() => undefined), 5 * 60 * 1000);
}

// ─── Wiring ───────────────────────────────────────────────────────────────────────────────────────────

guard(document, false);
// On click, not on the first touch: the finger lifts on the explorer, and its click must not open whatever
// lies under it. The loop's button is there for a keyboard or a screen reader; a tap anywhere does the same.
attract.addEventListener('click', () => mode === 'attract' && startExploring(at.lang));
for (const button of explore.querySelectorAll<HTMLElement>('[data-view-go]')) {
  button.addEventListener('click', () => showView(button.dataset.viewGo as View));
}
for (const button of explore.querySelectorAll<HTMLElement>('[data-set-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.setLang as Lang));
}
for (const button of explore.querySelectorAll<HTMLElement>('[data-term]')) {
  button.addEventListener('click', () => void button.closest('yinji-search')?.searchFor(button.dataset.term ?? ''));
}

startLoop();
void keepOffline().catch((error: unknown) => console.warn('The kiosk could not keep the site offline:', error));
// After the first slide has painted: warming must not delay the loop's start.
setTimeout(() => void warmSearch().catch((error: unknown) => console.warn('Search could not be warmed:', error)), 500);

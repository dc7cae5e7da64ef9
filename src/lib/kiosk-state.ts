/**
 * What the kiosk is doing, and when it changes its mind: the attract loop and exploring, the slide on
 * screen, the explorer's language and view, the idle reset and a new build waiting. The custom element
 * <yinji-kiosk> (components/kiosk/yinji-kiosk.ts) draws each state and tells this machine what the
 * visitor did; the machine owns the two timers, so its whole life is tested with fake time
 * (kiosk-state.test.ts). No DOM here.
 */
import { loopOrder, nextSlide, type LoopPosition } from './kiosk';

/** Exploring shows the chapters (home), the search, or a page of the site in the frame. */
export type KioskView = 'home' | 'search' | 'page';

export interface KioskState<L extends string = string> {
  mode: 'attract' | 'explore';
  /** The slide on screen in the loop (still there, hidden, while someone explores). */
  at: LoopPosition<L>;
  /** The explorer's language. */
  ui: L;
  view: KioskView;
  /** Full rounds of the loop, every language, since the kiosk started (the soak benchmark counts them). */
  cycles: number;
  /** How often the kiosk has forgotten a visitor. */
  resets: number;
}

export interface KioskSettings<L extends string> {
  /** The kiosk's own language: the loop starts in it and an idle kiosk comes back to it. */
  home: L;
  /** Every language, in the site's order; the loop starts with `home` and keeps the order after it. */
  languages: readonly L[];
  slidesPerLang: Readonly<Record<L, number>>;
  /** How long a slide stays. */
  slideMs: number;
  /** How long the explorer waits for a touch before it forgets the visitor. */
  idleMs: number;
}

/** What the page does for the machine. */
export interface KioskHost<L extends string> {
  /** Draws the loop: the slide on screen, the rounds done. */
  drawLoop(state: Readonly<KioskState<L>>): void;
  /**
   * Draws the rest: loop or explorer, the explorer's language and view. Called for everything a visitor
   * does, even to choose the view on screen again (a tap on Home brings its top back).
   */
  drawExplorer(state: Readonly<KioskState<L>>): void;
  /**
   * Forgets what the state does not hold: the page in the frame, words typed, answers, open tables and
   * dialogs, focus, scroll. Called as the kiosk goes back to its loop, before that is drawn.
   */
  forget(): void;
  /** Loads the new build that took charge. */
  reload(): void;
}

export class KioskMachine<L extends string> {
  readonly #settings: KioskSettings<L>;
  readonly #host: KioskHost<L>;
  readonly #order: L[];
  #state: KioskState<L>;
  #slideTimer: ReturnType<typeof setTimeout> | undefined;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** A new build's worker took charge while someone was exploring: load it once the kiosk is idle. */
  #updateWaiting = false;

  constructor(settings: KioskSettings<L>, host: KioskHost<L>) {
    this.#settings = settings;
    this.#host = host;
    this.#order = loopOrder(settings.languages, settings.home);
    const { home } = settings;
    this.#state = { mode: 'attract', at: { lang: home, slide: 0 }, ui: home, view: 'home', cycles: 0, resets: 0 };
  }

  get state(): Readonly<KioskState<L>> {
    return this.#state;
  }

  /** Draws the first state and starts the loop. */
  start() {
    this.#host.drawExplorer(this.#state);
    this.#host.drawLoop(this.#state);
    this.#loop();
  }

  /** The loop was touched: explore, in the language of the slide on screen, from the chapters. */
  touch() {
    if (this.#state.mode !== 'attract') return;
    clearTimeout(this.#slideTimer);
    this.#explore({ mode: 'explore', ui: this.#state.at.lang, view: 'home' });
    this.activity();
  }

  /** A touch, a key, a scroll: whoever is exploring is still there. */
  activity() {
    if (this.#state.mode !== 'explore') return;
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => this.reset(), this.#settings.idleMs);
  }

  setLanguage(ui: L) {
    this.#explore({ ui });
  }

  show(view: KioskView) {
    this.#explore({ view });
  }

  /**
   * The next visitor finds the kiosk as the first did: the loop from its first slide, in the kiosk's
   * language, nothing open or typed. A new build waiting is loaded instead.
   */
  reset() {
    clearTimeout(this.#idleTimer);
    if (this.#updateWaiting) return this.#host.reload();
    this.#host.forget();
    const { home } = this.#settings;
    this.#state = { ...this.#state, mode: 'attract', at: { lang: home, slide: 0 }, ui: home, view: 'home', resets: this.#state.resets + 1 };
    this.#host.drawExplorer(this.#state);
    this.#host.drawLoop(this.#state);
    this.#loop();
  }

  /** A new build took charge: load it now if nobody is exploring, else at the next reset. */
  updateArrived() {
    this.#updateWaiting = true;
    if (this.#state.mode === 'attract') this.#host.reload();
  }

  #loop() {
    clearTimeout(this.#slideTimer);
    this.#slideTimer = setTimeout(() => this.#advance(), this.#settings.slideMs);
  }

  #advance() {
    const { completed, ...at } = nextSlide(this.#state.at, this.#settings.slidesPerLang, this.#order);
    this.#state = { ...this.#state, at, cycles: this.#state.cycles + (completed ? 1 : 0) };
    this.#host.drawLoop(this.#state);
    this.#loop();
  }

  #explore(next: Partial<KioskState<L>>) {
    this.#state = { ...this.#state, ...next };
    this.#host.drawExplorer(this.#state);
  }
}

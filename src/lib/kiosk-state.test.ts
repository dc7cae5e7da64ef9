import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskMachine, type KioskSettings, type KioskState } from './kiosk-state';

type Lang = 'zh' | 'ko' | 'en';
const settings: KioskSettings<Lang> = { home: 'zh', languages: ['zh', 'ko', 'en'], slidesPerLang: { zh: 3, ko: 2, en: 2 }, slideMs: 9000, idleMs: 90_000 };

/** A kiosk with a fake screen: what it last drew, and what else it was asked to do. */
function kiosk(overrides: Partial<KioskSettings<Lang>> = {}) {
  const screen = {
    loop: undefined as KioskState<Lang> | undefined,
    explorer: undefined as KioskState<Lang> | undefined,
    forgot: 0,
    reloads: 0,
    explorerDraws: 0,
  };
  const machine = new KioskMachine<Lang>(
    { ...settings, ...overrides },
    {
      drawLoop: (state) => (screen.loop = { ...state }),
      drawExplorer: (state) => {
        screen.explorer = { ...state };
        screen.explorerDraws++;
      },
      forget: () => screen.forgot++,
      reload: () => screen.reloads++,
    },
  );
  machine.start();
  return { machine, screen };
}

const seconds = (n: number) => vi.advanceTimersByTime(n * 1000);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the attract loop', () => {
  it('starts on the first slide in the kiosk’s language, with the explorer hidden', () => {
    const { screen } = kiosk();
    expect(screen.loop?.at).toEqual({ lang: 'zh', slide: 0 });
    expect(screen.explorer).toMatchObject({ mode: 'attract', ui: 'zh', view: 'home' });
  });

  it('shows each slide for its time, walks zh → ko → en and counts the rounds', () => {
    const { screen } = kiosk();
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      seconds(9);
      seen.push(`${screen.loop!.at.lang}${screen.loop!.at.slide}`);
    }
    expect(seen).toEqual(['zh1', 'zh2', 'ko0', 'ko1', 'en0', 'en1', 'zh0', 'zh1']);
    expect(screen.loop?.cycles).toBe(1);
  });

  it('does not move a slide before its time', () => {
    const { screen } = kiosk();
    seconds(8.999);
    expect(screen.loop?.at.slide).toBe(0);
  });

  it('a Korean kiosk starts in Korean and keeps the site’s order after it', () => {
    const { screen } = kiosk({ home: 'ko' });
    seconds(9 * 2);
    expect(screen.loop?.at).toEqual({ lang: 'en', slide: 0 });
  });
});

describe('exploring', () => {
  it('a touch explores in the language of the slide on screen, from the chapters, and stops the loop', () => {
    const { machine, screen } = kiosk();
    seconds(9 * 3); // the first Korean slide
    machine.touch();
    expect(screen.explorer).toMatchObject({ mode: 'explore', ui: 'ko', view: 'home' });
    seconds(60);
    expect(screen.loop?.at).toEqual({ lang: 'ko', slide: 0 });
  });

  it('a second touch while exploring changes nothing', () => {
    const { machine, screen } = kiosk();
    machine.touch();
    machine.show('search');
    machine.touch();
    expect(screen.explorer?.view).toBe('search');
  });

  it('draws the explorer again when the visitor picks the view already shown (its top comes back)', () => {
    const { machine, screen } = kiosk();
    machine.touch();
    const draws = screen.explorerDraws;
    machine.show('home');
    expect(screen.explorerDraws).toBe(draws + 1);
  });
});

describe('the idle reset', () => {
  it('after the idle time without a touch: the loop from its first slide, in the kiosk’s language, the visitor forgotten', () => {
    const { machine, screen } = kiosk();
    seconds(9 * 5); // the loop is in English
    machine.touch();
    machine.setLanguage('ko');
    machine.show('page');
    seconds(89);
    expect(screen.forgot).toBe(0);
    seconds(1);
    expect(screen.forgot).toBe(1);
    expect(screen.explorer).toMatchObject({ mode: 'attract', ui: 'zh', view: 'home', resets: 1 });
    expect(screen.loop?.at).toEqual({ lang: 'zh', slide: 0 });
    seconds(9);
    expect(screen.loop?.at).toEqual({ lang: 'zh', slide: 1 });
  });

  it('every touch, key or scroll gives the visitor the full idle time again', () => {
    const { machine, screen } = kiosk({ idleMs: 3000 });
    machine.touch();
    for (let i = 0; i < 10; i++) {
      seconds(2.5);
      machine.activity();
    }
    expect(screen.explorer?.mode).toBe('explore');
    seconds(3);
    expect(screen.explorer?.mode).toBe('attract');
  });

  it('activity in the loop sets no idle timer: the loop never resets itself', () => {
    const { machine, screen } = kiosk();
    machine.activity();
    seconds(200);
    expect(screen.forgot).toBe(0);
    expect(machine.state.resets).toBe(0);
  });

  it('a page that failed resets at once, and the idle timer it leaves behind does nothing', () => {
    const { machine, screen } = kiosk();
    machine.touch();
    machine.reset();
    expect(screen.explorer?.mode).toBe('attract');
    seconds(90);
    expect(screen.forgot).toBe(1);
  });
});

describe('a new build', () => {
  it('is loaded at once while the loop shows', () => {
    const { machine, screen } = kiosk();
    machine.updateArrived();
    expect(screen.reloads).toBe(1);
  });

  it('waits for the visitor to leave, then is loaded instead of a reset', () => {
    const { machine, screen } = kiosk();
    machine.touch();
    machine.updateArrived();
    expect(screen.reloads).toBe(0);
    seconds(90);
    expect(screen.reloads).toBe(1);
    expect(screen.forgot).toBe(0);
  });
});

import type { Locale } from '../locales';

/**
 * The kiosk's own strings (src/pages/[lang]/kiosk.astro), kept apart from the visitor's dictionaries: only
 * the kiosk shell reads them. Every language must give every key (the type says so).
 */
export interface KioskStrings {
  /** The browser tab and the shell's name. */
  title: string;
  /** Shown on the attract loop, in every language at once: a touch starts exploring. */
  touchToExplore: string;
  /** The attract loop, for assistive technology. */
  loopLabel: string;
  /** The slide of the report's headline figures. */
  headlineFigures: string;
  home: string;
  kioskNavigation: string;
  /** The frame that shows a page of the site. */
  pageFrame: string;
  /** Above the search buttons: no keyboard at the kiosk, so these are the ways to search. */
  tryTheseWords: string;
  clearSearch: string;
}

export const kioskStrings: Record<Locale, KioskStrings> = {
  zh: {
    title: '展台',
    touchToExplore: '轻触屏幕，开始浏览',
    loopLabel: '报告要点轮播',
    headlineFigures: '五年成就',
    home: '首页',
    kioskNavigation: '展台导航',
    pageFrame: '报告页面',
    tryTheseWords: '点一个词搜索',
    clearSearch: '清除',
  },
  ko: {
    title: '전시대',
    touchToExplore: '화면을 누르면 둘러볼수 있습니다',
    loopLabel: '보고서 요점 순환 화면',
    headlineFigures: '5년의 성과',
    home: '처음으로',
    kioskNavigation: '전시대 메뉴',
    pageFrame: '보고서 웨브페지',
    tryTheseWords: '낱말을 눌러 검색하십시오',
    clearSearch: '지우기',
  },
  en: {
    title: 'Kiosk',
    touchToExplore: 'Touch the screen to explore',
    loopLabel: 'Rotating highlights of the report',
    headlineFigures: 'Five years in figures',
    home: 'Home',
    kioskNavigation: 'Kiosk navigation',
    pageFrame: 'Page of the report',
    tryTheseWords: 'Tap a word to search',
    clearSearch: 'Clear',
  },
};

import type { FigureUnit } from '../../lib/figures';

/** Every string the site's chrome says. A key missing from a language fails the type check. */
export interface UIStrings {
  skipToContent: string;
  mainNavigation: string;
  footerNavigation: string;
  languageSwitcher: string;
  cover: string;
  chapters: string;
  about: string;
  figures: string;
  timeline: string;
  search: string;
  chapterNumber: (n: number) => string;
  prologue: string;
  epilogue: string;
  onThisPage: string;
  previous: string;
  next: string;
  backToCover: string;
  startReading: string;
  keyFigures: string;
  periodLabel: string;
  inferredYear: string;
  publishedOn: (date: string) => string;
  fallbackNotice: (language: string) => string;
  sourceCredit: string;
  translationCredit: string;
  notFoundTitle: string;
  notFoundBody: string;
  chooseLanguage: string;
  editorialHeadingNote: string;
  /** The label of a note that is the translator's, set apart from the report's own text. */
  translatorNote: string;
  aboutTitle: string;
  aboutSource: string;
  aboutSourceFields: {
    title: string;
    subtitle: string;
    author: string;
    publishedOn: string;
    occasion: string;
    published: string;
    originalNote: string;
  };
  aboutMethodTitle: string;
  aboutMethod: string[];
  aboutTranslationTitle: string;
  aboutTranslation: string[];
  glossaryTitle: string;
  glossaryCaption: string;
  printNote: string;
  dataTable: string;
  downloadCsv: string;
  downloadAllCsv: string;
  inText: string;
  figureColumn: string;
  valueColumn: string;
  /** Under a pictogram: what one mark stands for, with the counting word of what is counted (1,000명). */
  eachMark: (amount: string, unit: FigureUnit) => string;
  moreThanNote: string;
  figuresTitle: string;
  figuresIntro: string;
  acrossReport: string;
  timelineTitle: string;
  timelineIntro: string;
  fiveYears: string;
  undatedTitle: string;
  undatedNote: string;
  inferred: string;
  seeTimeline: string;
  seeFigures: string;
  searchTitle: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchOpen: string;
  searchClose: string;
  searchShortcut: string;
  searchLoading: string;
  searchNoResults: (query: string) => string;
  searchResults: (count: number, query: string) => string;
  searchNeedsJs: string;
  searchNeedsBuild: string;
  searchAllChapters: string;
  searchFailed: string;
  /** Nothing in the reader's language, but results in another: say so, and show them marked with it. */
  searchElsewhere: (query: string, language: string, count: number) => string;
  /** The languages' names in this language, for results from another language's index. */
  searchLanguageNames: Record<'zh' | 'ko' | 'en', string>;
  /** Above a glossary term's names in the three languages. */
  searchGlossary: string;
}

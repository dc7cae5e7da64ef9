import type { Template } from '../template';
import type { Locale } from '../locales';
import type { FigureUnit } from '../../schemas/figure';

/** What the search UI says as it works; sent to the browser as data, so templates rather than functions. */
export interface SearchStatusStrings {
  loading: string;
  noResults: Template<'query'>;
  results: Template<'count'> & Template<'query'>;
  resultOne: Template<'query'>;
  failed: string;
  needsBuild: string;
  /** The link from a chapter hit to the same place in the parallel view. */
  parallel: string;
  /** Nothing in the reader's language, but results in another: say so, and show them marked with it. */
  elsewhere: Template<'query'> & Template<'language'> & Template<'count'>;
  /** The languages' names in this language, for results from another language's index. */
  languages: Record<Locale, string>;
  /** Above a glossary term's names in the three languages. */
  glossary: string;
}

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
  /** A chapter of ours, not the report's: shown apart from the report's chapters. */
  appendix: string;
  appendices: string;
  /** Said on an appendix and above the cover's list of them: these are not the report's words. */
  appendixNote: string;
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
  searchSubmit: string;
  searchStatus: SearchStatusStrings;
  searchNeedsJs: string;
  searchAllChapters: string;
  /** Parallel reading: a chapter side by side in two languages. */
  parallelTitle: string;
  parallelRead: (language: string) => string;
  parallelParagraph: (paragraph: number, language: string) => string;
  parallelPairs: string;
  parallelBack: string;
  parallelNote: string;
  parallelPairLink: (paragraph: number) => string;
  parallelCopied: string;
}

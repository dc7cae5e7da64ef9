import type { Locale } from './i18n/locales';

/**
 * What a component inside a chapter's text learns from the page that renders it: set once by the page
 * (`setChapterContext(Astro, …)`), read by the editors' components (`chapterContext(Astro, 'Num')`).
 * A component that needs it and finds none fails the build naming itself, instead of guessing a language.
 */
export interface ChapterContext {
  /** The page's language: charts and panels speak it even where the text is the Chinese original. */
  lang: Locale;
  /** The language of the text being rendered: the page's own, or Chinese where a translation is missing. */
  contentLang: Locale;
  /** The chapter's slug. */
  chapter: string;
  /** On a chapter page, its parallel view, for the link beside each paragraph (components/parallel). */
  parallel?: { href: string; with: Locale } | undefined;
  /** While the parallel page renders one language's text, where its blocks are collected (components/parallel). */
  capture?: { anchors: boolean; headings: Map<string, string>; paragraphs: Map<string, string>; notes: Map<string, string> } | undefined;
}

/** `Astro` as far as this module needs it: a component's or a page's `Astro` both fit. */
type WithLocals = { locals: App.Locals };

export function setChapterContext(astro: WithLocals, context: ChapterContext): void {
  astro.locals.chapter = context;
}

/** The chapter whose text is being rendered; throws, naming the component, on a page that set none. */
export function chapterContext(astro: WithLocals, component: string): ChapterContext {
  const context = astro.locals.chapter;
  if (!context) {
    throw new Error(
      `<${component}> needs the chapter it stands in, and this page renders none: it belongs in a chapter's text ` +
        `(a page that renders one calls setChapterContext, src/page-context.ts).`,
    );
  }
  return context;
}

/** The chapter being rendered, if any: for components that also stand outside chapters (with a `lang` of their own). */
export const chapterContextIfAny = (astro: WithLocals): ChapterContext | undefined => astro.locals.chapter;

/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The language of the text being rendered: a page's own, or Chinese where a translation is missing. */
    contentLang?: import('./i18n/locales').Locale;
    /** The page's language: charts and panels speak it even where the text is the Chinese original. */
    lang?: import('./i18n/locales').Locale;
    /** While the parallel page renders one language's text, where its blocks are collected (components/parallel). */
    parallel?: { anchors: boolean; headings: Map<string, string>; paragraphs: Map<string, string>; notes: Map<string, string> } | undefined;
    /** On a chapter page, the parallel view of this chapter, for the link beside each paragraph. */
    parallelHref?: string | undefined;
    /** …and the language it pairs this one with. */
    parallelWith?: import('./i18n/locales').Locale | undefined;
  }
}

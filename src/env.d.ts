/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The language of the text being rendered: a page's own, or Chinese where a translation is missing. */
    contentLang?: import('./i18n/locales').Locale;
    /** The page's language: charts and panels speak it even where the text is the Chinese original. */
    lang?: import('./i18n/locales').Locale;
  }
}

/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The language of the text being rendered: a page's own, or Chinese where a translation is missing. */
    contentLang?: import('./i18n/locales').Locale;
  }
}

/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by a page that renders a chapter's text; read through src/page-context.ts, never directly. */
    chapter?: import('./page-context').ChapterContext | undefined;
  }
}

import { isLocale, locales, sourceLocale, type Locale } from '../i18n/locales';
import type { Chapter } from '../schemas/chapter';
import { messages } from './messages';
import { absolutePath, contentErrorHint, locationOf, type ProblemLocation } from './problem-location';

/** The shape of a content-collection entry that this module needs. */
export interface ChapterEntry {
  id: string; // "{lang}/{file name}"
  filePath?: string | undefined;
  data: Chapter;
}

export interface ChapterPage<E extends ChapterEntry = ChapterEntry> {
  lang: Locale;
  slug: string;
  /** What is shown: the translation, or the Chinese original when there is none yet. */
  entry: E;
  contentLang: Locale;
  fallback: boolean;
  previous?: string | undefined;
  next?: string | undefined;
}

export interface ChapterPlan<E extends ChapterEntry = ChapterEntry> {
  /** Slugs in the report's reading order. */
  order: string[];
  pages: ChapterPage<E>[];
  page(lang: Locale, slug: string): ChapterPage<E>;
}

export class ContentError extends Error {
  /** The first problem's file and line: Astro's dev overlay shows that file there, not the site code that threw. */
  loc: ProblemLocation | undefined;
  hint = contentErrorHint;
  constructor(public problems: string[]) {
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
    const loc = problems.map(locationOf).find((found) => found !== undefined);
    this.loc = loc && typeof process !== 'undefined' ? { ...loc, file: absolutePath(loc.file, process.cwd()) } : loc;
    // An editor's mistake, not a bug: where in the site's code it was noticed is of no use to them.
    this.stack = `${this.name}: ${this.message}`;
  }
}

export const langOf = (entry: ChapterEntry) => entry.id.split('/')[0] ?? '';
const where = (entry: ChapterEntry) => entry.filePath ?? entry.id;

/**
 * Checks that the translations agree with the Chinese original and plans one page per chapter and
 * language. A chapter not yet translated still gets its page in every language, showing the original.
 */
export function planChapters<E extends ChapterEntry>(entries: readonly E[]): ChapterPlan<E> {
  const problems: string[] = [];
  const byLang = new Map<Locale, Map<string, E>>(locales.map((lang) => [lang, new Map()]));

  for (const entry of entries) {
    const lang = langOf(entry);
    if (!isLocale(lang)) {
      problems.push(`${where(entry)}: ${messages.notALanguage(lang)}`);
      continue;
    }
    const same = byLang.get(lang)!;
    const other = same.get(entry.data.slug);
    if (other) problems.push(`${where(entry)}: ${messages.slugTaken(entry.data.slug, where(other))}`);
    else same.set(entry.data.slug, entry);
  }

  const originals = [...byLang.get(sourceLocale)!.values()].sort((a, b) => a.data.order - b.data.order);
  const seenOrder = new Map<number, E>();
  for (const original of originals) {
    const clash = seenOrder.get(original.data.order);
    if (clash) problems.push(`${where(original)}: ${messages.orderTaken(String(original.data.order), where(clash))}`);
    seenOrder.set(original.data.order, original);
  }

  for (const lang of locales) {
    if (lang === sourceLocale) continue;
    for (const translation of byLang.get(lang)!.values()) {
      const original = byLang.get(sourceLocale)!.get(translation.data.slug);
      if (!original) {
        problems.push(`${where(translation)}: ${messages.noOriginal(translation.data.slug)}`);
        continue;
      }
      for (const field of ['order', 'kind', 'section'] as const) {
        if (translation.data[field] !== original.data[field]) {
          problems.push(
            `${where(translation)}: ${messages.unlikeOriginal(field, String(translation.data[field]), where(original), String(original.data[field]))}`,
          );
        }
      }
    }
  }
  if (problems.length) throw new ContentError(problems);

  const order = originals.map((entry) => entry.data.slug);
  const pages: ChapterPage<E>[] = [];
  for (const lang of locales) {
    order.forEach((slug, index) => {
      const translation = byLang.get(lang)!.get(slug);
      const entry = translation ?? byLang.get(sourceLocale)!.get(slug)!;
      pages.push({
        lang,
        slug,
        entry,
        contentLang: translation ? lang : sourceLocale,
        fallback: !translation,
        previous: order[index - 1],
        next: order[index + 1],
      });
    });
  }
  const index = new Map(pages.map((page) => [`${page.lang}/${page.slug}`, page]));
  return {
    order,
    pages,
    page(lang, slug) {
      const page = index.get(`${lang}/${slug}`);
      if (!page) throw new Error(`No chapter "${slug}" in ${lang}`);
      return page;
    },
  };
}

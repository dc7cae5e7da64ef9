/**
 * Drafts: a chapter file with `draft: true` (npm run new:chapter writes it) is shown by `npm run dev` and
 * left out of the build, so that an empty new chapter is never published. A draft Chinese original takes
 * its translations with it (there is no chapter without the original); a draft translation alone leaves
 * that language showing the original, as an untranslated chapter does.
 */
import { locales, sourceLocale } from '../i18n/locales';

export interface ChapterFileDraft {
  lang: string;
  slug: string;
  draft?: boolean | undefined;
}

/** The files the build leaves out. */
export function draftsLeftOut<F extends ChapterFileDraft>(files: readonly F[]): F[] {
  const draftOriginals = new Set(files.filter((file) => file.lang === sourceLocale && file.draft).map((file) => file.slug));
  return files.filter((file) => file.draft || draftOriginals.has(file.slug));
}

/** The files the build publishes. */
export function withoutDrafts<F extends ChapterFileDraft>(files: readonly F[]): F[] {
  const leftOut = new Set(draftsLeftOut(files));
  return files.filter((file) => !leftOut.has(file));
}

/**
 * The build summary's line naming what it left out, or undefined when there are no drafts:
 * "Drafts left out (draft: true): acknowledgements (zh, ko, en), family (ko)."
 */
export function draftsLine(files: readonly ChapterFileDraft[]): string | undefined {
  const bySlug = new Map<string, string[]>();
  for (const file of draftsLeftOut(files)) bySlug.set(file.slug, [...(bySlug.get(file.slug) ?? []), file.lang]);
  if (!bySlug.size) return undefined;
  const order: readonly string[] = locales;
  const rank = (lang: string) => (order.includes(lang) ? order.indexOf(lang) : order.length);
  const chapters = [...bySlug].map(([slug, langs]) => `${slug} (${langs.sort((a, b) => rank(a) - rank(b)).join(', ')})`);
  return `Drafts left out (draft: true): ${chapters.join(', ')}.`;
}

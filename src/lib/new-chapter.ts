/**
 * Plans a new chapter for `npm run new:chapter` (scripts/new-chapter.mjs does the asking and the writing):
 * one file per language, named NN-slug.mdx after the next free order number, with frontmatter the build
 * accepts. Pure: it is given the chapters that exist and returns the files to write, or the problems.
 */
import { locales, sourceLocale, type Locale } from '../i18n/locales';
import { chapterKinds, reservedSlugs, type ChapterKind } from '../schemas/chapter';

export interface ExistingChapter {
  /** e.g. "content/chapters/zh/04-family.mdx" */
  file: string;
  lang: string;
  slug: string;
  order: number;
  kind?: string;
  section?: number | undefined;
}

export interface NewChapterRequest {
  slug: string;
  kind: string;
  /** Only for kind: section, the report's section number. */
  section?: number | undefined;
  title: Partial<Record<Locale, string>>;
  shortTitle?: Partial<Record<Locale, string>>;
  summary?: Partial<Record<Locale, string>>;
}

interface PlannedFile {
  lang: Locale;
  /** Relative to the content folder: chapters/{lang}/NN-slug.mdx */
  path: string;
  text: string;
}

export type ChapterPlanResult = { ok: true; order: number; files: PlannedFile[] } | { ok: false; problems: string[] };

const slugPattern = /^[a-z][a-z0-9-]*$/;

/** The kind a new chapter gets when none is asked for: ours, shown apart from the report's own text. */
export const defaultKind: ChapterKind = 'appendix';

/** Why a slug cannot be used, or undefined when it is free. */
export function slugProblem(slug: string, existing: readonly ExistingChapter[]): string | undefined {
  if (!slug) return 'slug: give the chapter a slug, its address in every language, e.g. "acknowledgements"';
  if (!slugPattern.test(slug)) {
    return `slug "${slug}": use lower-case letters, digits and hyphens, starting with a letter, e.g. "acknowledgements"`;
  }
  if (reservedSlugs.includes(slug)) {
    return `slug "${slug}" is the address of one of the site's own pages (${reservedSlugs.join(', ')}); choose another`;
  }
  const taken = existing.find((chapter) => chapter.slug === slug && chapter.lang === sourceLocale) ?? existing.find((chapter) => chapter.slug === slug);
  if (taken) return `slug "${slug}" is taken by ${taken.file}; choose another`;
  return undefined;
}

/** The order after the last chapter of the Chinese original (which sets the reading order). */
export function nextOrder(existing: readonly ExistingChapter[]): number {
  const orders = existing.filter((chapter) => chapter.lang === sourceLocale).map((chapter) => chapter.order);
  return orders.length ? Math.max(...orders) + 1 : 0;
}

/** YAML reads a JSON string as the same string: quotes, colons and # in a title stay text. */
const yamlString = (text: string) => JSON.stringify(text);

/** Why a kind cannot be used, or undefined. */
export function kindProblem(kind: string): string | undefined {
  return (chapterKinds as readonly string[]).includes(kind) ? undefined : `kind "${kind}": expected one of ${chapterKinds.join(', ')}`;
}

/** Why a section number cannot be used for a chapter of this kind, or undefined. */
export function sectionProblem(kind: string, section: number | undefined, existing: readonly ExistingChapter[]): string | undefined {
  if (kind !== 'section') {
    return section === undefined ? undefined : `section: only a chapter of kind section has a section number (this one is ${kind})`;
  }
  if (section === undefined || !Number.isInteger(section) || section < 1 || section > 6) {
    return 'section: a chapter of kind section needs the report’s section number, 1 to 6';
  }
  const clash = existing.find((chapter) => chapter.lang === sourceLocale && chapter.kind === 'section' && chapter.section === section);
  return clash ? `section ${section} is already ${clash.file}` : undefined;
}

/** Why a title cannot be used, or undefined. */
export function titleProblem(lang: Locale, title: string | undefined): string | undefined {
  const text = title?.trim() ?? '';
  if (!text) return `title (${lang}): give the chapter's title in ${lang}`;
  if (/[\r\n]/.test(text)) return `title (${lang}): a title is one line`;
  return undefined;
}

/**
 * The files to write, or every problem at once (flags give all answers together; the terminal asks with
 * the same checks, one answer at a time).
 */
export function planNewChapter(request: NewChapterRequest, existing: readonly ExistingChapter[]): ChapterPlanResult {
  const slug = request.slug.trim();
  const problems = [
    slugProblem(slug, existing),
    kindProblem(request.kind),
    sectionProblem(request.kind, request.section, existing),
    ...locales.map((lang) => titleProblem(lang, request.title[lang])),
  ].filter((problem) => problem !== undefined);
  if (problems.length) return { ok: false, problems };

  const text = (field: Partial<Record<Locale, string>> | undefined, lang: Locale) => field?.[lang]?.trim() ?? '';

  const order = nextOrder(existing);
  const file = `${String(order).padStart(2, '0')}-${slug}.mdx`;
  const files = locales.map((lang): PlannedFile => {
    const title = text(request.title, lang);
    const frontmatter = [
      `slug: ${slug}`,
      `order: ${order}`,
      `kind: ${request.kind}`,
      ...(request.kind === 'section' ? [`section: ${request.section}`] : []),
      // Left out of the build until the editor deletes this line (the build's summary names drafts).
      'draft: true',
      `title: ${yamlString(title)}`,
      `shortTitle: ${yamlString(text(request.shortTitle, lang) || title)}`,
      `summary: ${yamlString(text(request.summary, lang) || title)}`,
    ];
    return { lang, path: `chapters/${lang}/${file}`, text: `---\n${frontmatter.join('\n')}\n---\n\n${bodyHint[lang]}\n` };
  });
  return { ok: true, order, files };
}

/**
 * What the new file says to its editor: an MDX comment, never shown on the page, so that a chapter not yet
 * written publishes nothing invented. It names no component: the build's reference check reads tags even
 * inside comments.
 */
const bodyHint: Record<Locale, string> = {
  zh: '{/* 在这里写本章正文,段落之间空一行。数字和图表怎样写,见 docs/EDITING.md。 */}',
  ko: '{/* 여기에 본문을 씁니다. 단락 사이는 한 줄 비웁니다. 수치와 도표 쓰는 법은 docs/EDITING.md 참조. */}',
  en: '{/* Write the chapter here, a blank line between paragraphs. For numbers and charts, see docs/EDITING.md. */}',
};

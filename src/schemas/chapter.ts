import { z } from 'astro/zod';
import { pageNames } from '../i18n/paths';
import { text, slugPattern } from './common';

/**
 * The report opens with a prologue paragraph, has six sections, and closes with an epilogue: those are
 * the report's own chapters, held to its text. An `appendix` is ours (acknowledgements, a later update):
 * it follows the report, is shown apart from it, and is never taken for the report's words.
 */
const reportKinds = ['prologue', 'section', 'epilogue'] as const;
export const chapterKinds = [...reportKinds, 'appendix'] as const;
export type ChapterKind = (typeof chapterKinds)[number];
export const isReportChapter = (chapter: { kind: ChapterKind }) => (reportKinds as readonly ChapterKind[]).includes(chapter.kind);

/** Chapter slugs share the URL space with the site's own pages (/{lang}/about/, /{lang}/{slug}/). */
export const reservedSlugs: readonly string[] = pageNames;

/** The frontmatter of content/chapters/{lang}/NN-slug.mdx. `slug` joins a chapter's translations. */
export const chapterSchema = z
  .strictObject({
    slug: z
      .string()
      .regex(slugPattern, { error: 'expected lower-case letters, digits and hyphens, e.g. "development"' })
      .refine((slug) => !reservedSlugs.includes(slug), {
        error: `this slug is taken by a page of the site (${reservedSlugs.join(', ')})`,
      }),
    order: z
      .int({ error: 'expected a whole number: 0 for the prologue, 1–6 for the sections, 7 for the epilogue, 8 and on for an appendix' })
      .min(0, { error: 'expected a whole number from 0 (the prologue) on' }),
    kind: z.enum(chapterKinds, { error: `expected one of: ${chapterKinds.join(', ')}` }),
    section: z.int().min(1, { error: 'the report has sections 1 to 6' }).max(6, { error: 'the report has sections 1 to 6' }).optional(),
    title: text,
    shortTitle: text,
    summary: text,
    /** A chapter being written: shown by `npm run dev`, left out of the build (npm run new:chapter sets it); absent is false. */
    draft: z.boolean({ error: 'expected true or false' }).optional(),
  })
  .refine((chapter) => (chapter.kind === 'section') === (chapter.section !== undefined), {
    error: '`section` is required for kind: section, and only for it',
    path: ['section'],
  });

export type Chapter = z.infer<typeof chapterSchema>;

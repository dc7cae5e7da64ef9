import { z } from 'astro/zod';
import { messages } from '../lib/messages';
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
      .regex(slugPattern, { error: messages.slugPattern() })
      .refine((slug) => !reservedSlugs.includes(slug), {
        error: messages.slugReserved(reservedSlugs.join(', ')),
      }),
    order: z.int({ error: messages.orderWhole() }).min(0, { error: messages.orderFromZero() }),
    kind: z.enum(chapterKinds, { error: messages.oneOf(chapterKinds.join(', ')) }),
    section: z.int().min(1, { error: messages.sectionRange() }).max(6, { error: messages.sectionRange() }).optional(),
    title: text,
    shortTitle: text,
    summary: text,
    /** A chapter being written: shown by `npm run dev`, left out of the build (npm run new:chapter sets it); absent is false. */
    draft: z.boolean({ error: 'expected true or false' }).optional(),
  })
  .refine((chapter) => (chapter.kind === 'section') === (chapter.section !== undefined), {
    error: messages.sectionForKind(),
    path: ['section'],
  });

export type Chapter = z.infer<typeof chapterSchema>;

import { z } from 'astro/zod';
import { comment, text } from './common';

/**
 * content/glossary.json: how each programme's name is translated, the same way everywhere. `quoted`: the
 * report puts the name in quotation marks, and so must the translations.
 */
const glossaryTermSchema = z.strictObject({ zh: text, ko: text, en: text, note: z.string().optional(), quoted: z.boolean().optional() });
export const glossarySchema = z.strictObject({ $comment: comment, terms: z.array(glossaryTermSchema) });

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

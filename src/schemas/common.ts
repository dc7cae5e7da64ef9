import { z } from 'astro/zod';
import { messages } from '../lib/messages';
import type { Locale } from '../i18n/locales';

/**
 * Pieces every content shape shares. Messages say what is expected, because the build prints them with
 * the file and the field, for editors who are not programmers.
 */
export const text = z.string().trim().min(1, { error: messages.mustNotBeEmpty() });

/** One text per language of the site; `satisfies` makes a fourth language a type error here, not a gap on a page. */
const perLocale = { zh: text, ko: text, en: text } satisfies Record<Locale, typeof text>;
export const localized = z.strictObject(perLocale, { error: messages.inEveryLanguage() });

/** Lower-case letters, digits and hyphens: what a file name or a URL segment can carry unescaped. */
export const slugPattern = /^[a-z][a-z0-9-]*$/;

/** A note for the next editor, kept in the file and never shown. */
export const comment = z.string().optional();

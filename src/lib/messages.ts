import { locales, sourceLocale } from '../i18n/locales';

/**
 * What the content checks say to an editor, in one place: each message is the text after `file:line: `.
 * docs/EDITING.md and docs/EDITING.en.md quote every one of them (tests/editing-guide.test.ts renders
 * each with "…" for its parts and looks for it in both guides), so a new message cannot go unexplained.
 * Arguments are the parts that change: a field, a value, a path.
 */
export const messages = {
  notUtf8: () =>
    'this file is not saved as UTF-8, so its text cannot be read: open it in your editor and save it again with the encoding "UTF-8" (in Notepad: Save as, then Encoding: UTF-8)',
  noFrontmatter: () => 'a chapter starts with its frontmatter: a line ---, the fields (slug, order, kind, title, shortTitle, summary), and a line ---',
  frontmatterNotClosed: () =>
    'the frontmatter that starts with --- on line 1 is never closed: add a line with only --- after the last field (summary: …), before the text',
  colonInValue: (field: string, value: string) =>
    `${field}: the text has a colon followed by a space, which YAML reads as the start of another field: put the whole text in double quotes, ${field}: "${value}"`,
  notYaml: (reason: string) => `the frontmatter cannot be read (${reason}): check the quotation marks and the indentation on this line and the line before`,
  unknownField: (key: string, noun: string, closest: string, fields: string) =>
    `"${key}" is not a field of ${noun}; did you mean "${closest}"? (the fields are: ${fields})`,
  missingField: (field: string) => `${field}: missing; this field is required`,
  emptyField: (field: string) => `${field}: must not be empty`,
  textNotNumber: (field: string, value: string) => `${field}: expected text, but ${value} is read as a number: put it in double quotes, ${field}: "${value}"`,
  secondTitle: () => 'a "# " heading would be a second title on the page (the title is the frontmatter\'s title): write "## " for a heading in a chapter',
  remoteImage: (src: string) =>
    `the image ${src} is on another site, and the site loads nothing from elsewhere (the kiosk is offline): save the image beside the chapter and write ![what it shows](./name.png)`,
  missingImage: (src: string) => `the image ${src} is not there: an image's address is relative to the chapter's folder; check the file's name and folder`,
  // Across the chapter files (lib/chapters.ts, lib/chapter-files.ts).
  notALanguage: (folder: string) => `the folder "${folder}" is not a language of the site (expected ${locales.join(', ')})`,
  slugTaken: (slug: string, other: string) => `slug "${slug}" is already used by ${other}`,
  orderTaken: (order: string, other: string) => `order ${order} is already used by ${other}`,
  noOriginal: (slug: string) => `slug "${slug}" has no Chinese original in chapters/${sourceLocale}/`,
  unlikeOriginal: (field: string, value: string, original: string, expected: string) =>
    `${field} is ${value}, but the Chinese original ${original} has ${expected}`,
  fileName: (expected: string, why: string) => `the file name should be ${expected} (NN-slug.mdx: ${why})`,
} as const;


import { locales, sourceLocale } from '../i18n/locales';

/**
 * What the content checks say to an editor, in one place: each message is the text after `file:line: `.
 * docs/EDITING.md and docs/EDITING.en.md quote every one of them (tests/editing-guide.test.ts renders
 * each with "…" for its parts and looks for it in both guides), so a new message cannot go unexplained.
 * Arguments are the parts that change: a field, a value, a path. Grouped by what the editor did.
 */

/** The components a chapter uses, as the messages show them. */
const usage = '<Num id="…"/>, <Chart id="…"/>, <KeyFigures chapter="…"/>';

/** A file that cannot be read: its encoding, a chapter's frontmatter fences and YAML, a record's JSON. */
const reading = {
  notUtf8: () =>
    'this file is not saved as UTF-8, so its text cannot be read: open it in your editor and save it again with the encoding "UTF-8" (in Notepad: Save as, then Encoding: UTF-8)',
  noFrontmatter: () => 'a chapter starts with its frontmatter: a line ---, the fields (slug, order, kind, title, shortTitle, summary), and a line ---',
  frontmatterNotClosed: () =>
    'the frontmatter that starts with --- on line 1 is never closed: add a line with only --- after the last field (summary: …), before the text',
  colonInValue: (field: string, value: string) =>
    `${field}: the text has a colon followed by a space, which YAML reads as the start of another field: put the whole text in double quotes, ${field}: "${value}"`,
  notYaml: (reason: string) =>
    `the frontmatter cannot be read (${reason}): check the quotation marks and the indentation on this line and the line before`,
  commaAfterLast: () => 'a comma after the last item of a list or object: remove this comma',
  notJson: (what: string) => `not valid JSON: ${what}`,
  notJsonMissingComma: (what: string) => `not valid JSON: ${what} (a comma may be missing between two items, or a name not in "double quotes")`,
  notJsonOpenText: (what: string) => `not valid JSON: ${what} (a text must be closed by " on the same line)`,
} as const;

/** A field misspelt, missing, empty, or holding what it cannot hold (src/schemas, lib/schema-problems). */
const fields = {
  unknownField: (key: string, noun: string, closest: string, fields: string) =>
    `"${key}" is not a field of ${noun}; did you mean "${closest}"? (the fields are: ${fields})`,
  missingField: (field: string) => `${field}: missing; this field is required`,
  mustNotBeEmpty: () => 'must not be empty',
  textNotNumber: (field: string, value: string) =>
    `${field}: expected text, but ${value} is read as a number: put it in double quotes, ${field}: "${value}"`,
  oneOf: (choices: string) => `expected one of: ${choices}`,
  slugPattern: () => 'expected lower-case letters, digits and hyphens, e.g. "development"',
  slugReserved: (pages: string) => `this slug is taken by a page of the site (${pages})`,
  orderWhole: () => 'expected a whole number: 0 for the prologue, 1–6 for the sections, 7 for the epilogue, 8 and on for an appendix',
  orderFromZero: () => 'expected a whole number from 0 (the prologue) on',
  sectionRange: () => 'the report has sections 1 to 6',
  sectionForKind: () => '`section` is required for kind: section, and only for it',
  inEveryLanguage: () => 'expected { "zh": "…", "ko": "…", "en": "…" }',
  plainNumber: () => 'expected a plain number, e.g. 650000000 for 6.5亿',
  positiveNumber: () => 'must be positive (more than 0): the number as the report gives it, e.g. 650000000 for 6.5亿',
  qualifier: () => 'expected "exact", or "more-than" where the report says 余',
  figureList: () => 'expected a list of figure ids',
  noFigureDrawn: () => 'a chart draws at least one figure',
  dateShape: () => 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
  dateTime: () => 'expected an ISO date-time with offset, e.g. 2019-09-29T11:23:44+08:00',
} as const;

/** A date that is no day of the calendar, or a span that ends before it starts (lib/date-checks). */
const dates = {
  notADate: (value: string) => `"${value}" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2017", "2019-09", "2019-09-29"`,
  noSuchMonth: (value: string, month: string) => `"${value}" is not a date: there is no month ${month} (months are 01 to 12)`,
  noSuchDay: (value: string, month: string, last: string) => `"${value}" is not a date: ${month} has days 01 to ${last}`,
  endBeforeDate: (end: string, date: string) => `end: "${end}" is before date "${date}"; a span ends after it starts`,
  endWithoutDate: () => 'end is set without date',
} as const;

/** A chapter's body that is not content: headings, images, code, HTML (lib/mdx-content). */
const body = {
  secondTitle: () => 'a "# " heading would be a second title on the page (the title is the frontmatter\'s title): write "## " for a heading in a chapter',
  remoteImage: (src: string) =>
    `the image ${src} is on another site, and the site loads nothing from elsewhere (the kiosk is offline): save the image beside the chapter and write ![what it shows](./name.png)`,
  missingImage: (src: string) => `the image ${src} is not there: an image's address is relative to the chapter's folder; check the file's name and folder`,
  importExport: (word: string) =>
    `${word} is not allowed in a chapter: a chapter is text, not code, and the site's components need no import. Write ${usage} as they are`,
  expression: (code: string) =>
    `{${code}} is not allowed in a chapter: braces run JavaScript. Write the text itself, a figure as <Num id="…"/>, a comment as {/* … */}, a brace as \\{`,
  fragment: () => '<> (a fragment) is not allowed in a chapter: write the text without it',
  script: () => `<script> is not allowed in a chapter: content runs no code (use ${usage})`,
  lowerCase: (name: string, component: string, what: string) =>
    `<${name}> is written in lower case: components start with a capital letter, <${component} …/>; as written the ${what} would vanish from the page`,
  unknownComponent: (name: string, closest: string) => `<${name}> is not a component of the site. Did you mean <${closest}>? Chapters use ${usage}`,
  notAComponent: (name: string) => `<${name}> is not a component of the site. Chapters use ${usage}`,
  notInline: (name: string, inline: string) => `<${name}> is not allowed in a chapter: write text, ${usage}, and only inline HTML (${inline})`,
  spread: (name: string) => `<${name} {…}>: spread attributes are not allowed: braces run JavaScript. Write each attribute as name="value"`,
  eventHandler: (key: string) => `${key}= is not allowed: content carries no event handlers (a chapter is text, figures and charts)`,
  style: () =>
    "style= is not allowed in a chapter: the site's stylesheet sets the look in every language (and its security policy blocks styles written in the page)",
  directive: (key: string) => `${key} is not allowed in a chapter: Astro's directives put raw HTML or code on the page. Write the text in Markdown`,
  braceValue: (name: string, key: string) => `<${name} ${key}={…}>: an attribute's value is written in quotes, ${key}="…": braces run JavaScript`,
  link: (scheme: string) => `a ${scheme}: link is not allowed: a link goes to an http(s) or mailto: address, or to a page of the site`,
  misplacedNote: (why: string) => `<TranslatorNote> stands on its own right after the paragraph it explains, but ${why}.`,
  seoulSpelling: (seoul: string, yanbian: string) =>
    `“${seoul}” is the Seoul spelling; the site's Korean follows Yanbian (조선말 규범): write “${yanbian}”`,
} as const;

/** A component that names a figure, a chart or a chapter that is not there (lib/references). */
const references = {
  renamed: (name: string, now: string, written: string) => `<${name}> is now called <${now}>: write ${written}`,
  needsAttribute: (name: string, attribute: string) => `<${name}> needs ${attribute}="…"`,
  figureNotFound: (id: string) => `<Num id="${id}"> names nothing in content/figures/`,
  chartNotFound: (id: string) => `<Chart id="${id}"> names nothing in content/charts/`,
  chapterNotFound: (slug: string) => `<KeyFigures chapter="${slug}"> names nothing in content/chapters/${sourceLocale}/ (a slug)`,
  chartIsAFigure: (id: string) => `<Chart id="${id}"> names nothing in content/charts/ ("${id}" is a number: cite it inline with <Num id="${id}"/>)`,
  notAChapter: (chapter: string, slugs: string) => `chapter "${chapter}" is not a chapter slug (${slugs})`,
  chartFigureUnknown: (index: string, id: string) => `figures[${index}] "${id}" names nothing in content/figures/`,
} as const;

/** A figure, a chart or a name that the report and its records tell differently (lib/content-checks). */
const records = {
  foreignFigure: (id: string, chapter: string) =>
    `<Num id="${id}"> is a figure of chapter "${chapter}", and a chapter cites only its own figures (the record's chapter is "${chapter}")`,
  neverStated: (original: string, id: string) => `${original} never states it: put <Num id="${id}"/> in the sentence of the report that gives the number`,
  sourceMismatch: (where: string) => `source does not match the sentence that states it (${where}), as printed:`,
  noChartDraws: (id: string) => `no chart draws it: add "${id}" to the figures of a chart in content/charts/`,
  chartTwice: (id: string, earlier: string) => `<Chart id="${id}"> is already placed at ${earlier}; a chart appears once in each language`,
  chartNotPlaced: (id: string, where: string) => `no Chinese chapter places it: add <Chart id="${id}"/> to ${where} in content/chapters/${sourceLocale}/`,
  chartElsewhere: (id: string, home: string) => `<Chart id="${id}"> belongs in chapter "${home}" (its record says so)`,
  chartNotWithOriginal: (id: string, home: string) => `<Chart id="${id}"> belongs in chapter "${home}", where the Chinese original places it`,
  mixedMeasures: (measures: string) => `figures mixes ${measures}; a chart never puts them on one axis`,
  perNotDividing: (per: string, id: string, value: string) => `per is ${per}, which does not divide ${id} (${value}) into whole marks`,
  noGlossaryEntry: (name: string) =>
    `the report quotes “${name}”, and content/glossary.json has no entry for it: add { "zh": "${name}", "ko": "…", "en": "…", "quoted": true } so that every translation writes it one way`,
  glossaryForm: (zh: string, form: string) =>
    `the Chinese original says ${zh}, which content/glossary.json translates as “${form}”; this chapter never writes it so`,
} as const;

/** A translation that does not pair with its Chinese original (lib/alignment). */
const alignment = {
  extraSection: (sections: string, original: string, count: string, section: string) =>
    `has ${sections} (## headings), the Chinese original ${original} has ${count}: ${section} has no counterpart in the original. Sections pair by their place: both need the same ## headings.`,
  missingSection: (sections: string, original: string, count: string, section: string, at: string) =>
    `has ${sections} (## headings), the Chinese original ${original} has ${count}: the original's ${section} (${at}) has no counterpart here. Sections pair by their place: both need the same ## headings.`,
  missingParagraph: (section: string, paragraphs: string, at: string, count: string, id: string, where: string) =>
    `${section} has ${paragraphs}, the Chinese original's (${at}) has ${count}: the original's paragraph ${id} (${where}) has no translation. Paragraphs pair one to one: a missing or extra blank line splits or joins paragraphs.`,
  extraParagraph: (section: string, paragraphs: string, at: string, count: string, id: string, where: string) =>
    `${section} has ${paragraphs}, the Chinese original's (${at}) has ${count}: paragraph ${id} (${where}) has no counterpart in the original. Paragraphs pair one to one: a missing or extra blank line splits or joins paragraphs.`,
  paragraphFigures: (id: string, section: string, cited: string, counterpart: string, at: string, expected: string) =>
    `paragraph ${id} of ${section} cites ${cited}, but the original's ${counterpart} (${at}) cites ${expected}: a paragraph cites the same figures in every language.`,
  chartPlaces: (charts: string, original: string, expected: string) =>
    `charts ${charts}; the Chinese original ${original} has ${expected}. A chart stands at the same place in every language.`,
} as const;

/** Chapter files that clash with each other or with their Chinese original (lib/chapters, lib/chapter-files). */
const chapterFiles = {
  notALanguage: (folder: string) => `the folder "${folder}" is not a language of the site (expected ${locales.join(', ')})`,
  slugTaken: (slug: string, other: string) => `slug "${slug}" is already used by ${other}`,
  orderTaken: (order: string, other: string) => `order ${order} is already used by ${other}`,
  noOriginal: (slug: string) => `slug "${slug}" has no Chinese original in chapters/${sourceLocale}/`,
  unlikeOriginal: (field: string, value: string, original: string, expected: string) =>
    `${field} is ${value}, but the Chinese original ${original} has ${expected}`,
  fileName: (expected: string, why: string) => `the file name should be ${expected} (NN-slug.mdx: ${why})`,
} as const;

export const messages = { ...reading, ...fields, ...dates, ...body, ...references, ...records, ...alignment, ...chapterFiles } as const;

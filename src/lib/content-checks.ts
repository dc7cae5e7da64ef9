/**
 * What no single content file can know: that the ids one file names exist in another, that a chart's
 * figures can share an axis, that a milestone's dates make sense. Astro has checked each file against its
 * schema (src/schemas/) before this runs; every problem found here is returned with its file, so the
 * build can list them all at once, before any page renders.
 */
import { sourceLocale, type Locale } from '../i18n/locales';
import { messages } from './messages';
import { isReportChapter, type Chart, type Chapter, type Figure, type GlossaryTerm, type Milestone } from '../schemas';
import { measureOf } from './figures';
import { formatQuantity } from './numbers';
import { checkReferences, findReferences } from './references';
import { milestoneDateProblems } from './date-checks';
import { mdxContentProblems } from './mdx-content';
import { chapterFileNameProblems } from './chapter-files';
import { checkTranslations } from './alignment';
import { parseChapter, parseProblem, sentencesOf, textOf, type ChapterNode } from './chapter-tree';
import { seoulSpellingProblems } from './korean-style';

/** A record and the file it came from, for messages an editor can act on. */
export interface Located<T> {
  file: string;
  record: T;
}

/** One chapter file in one language: its frontmatter, its MDX body and where that body starts. */
interface ChapterText {
  file: string;
  lang: Locale;
  chapter: Pick<Chapter, 'slug' | 'kind' | 'title' | 'order'>;
  body: string;
  /** The file's line number of the body's first line (the frontmatter comes before it). */
  firstLine: number;
}

export interface Content {
  /** The chapters' slugs, in reading order. */
  chapters: readonly string[];
  figures: readonly Located<Figure>[];
  charts: readonly Located<Chart>[];
  milestones: readonly Located<Milestone>[];
  texts: readonly ChapterText[];
  glossary: readonly GlossaryTerm[];
}

/** A chapter text with its one tree, which every rule below reads. */
interface ParsedText extends ChapterText {
  tree: ChapterNode;
}

/** The tree of each chapter, or where its MDX does not parse, in the parser's words at the file's line. */
function parsed(texts: readonly ChapterText[]): { texts: ParsedText[]; unparsed: string[] } {
  const result: { texts: ParsedText[]; unparsed: string[] } = { texts: [], unparsed: [] };
  for (const text of texts) {
    try {
      result.texts.push({ ...text, tree: parseChapter(text.body) });
    } catch (error) {
      result.unparsed.push(parseProblem(error, text.file, text.firstLine));
    }
  }
  return result;
}

export function checkContent(content: Content): string[] {
  const { texts, unparsed } = parsed(content.texts);
  // A chapter that does not parse would only be reported again, in other words, by every rule across files.
  if (unparsed.length) return unparsed;
  const slugs = new Set(content.chapters);
  const figures = new Map(content.figures.map(({ record }) => [record.id, record]));
  const known = { figures: new Set(figures.keys()), charts: new Set(content.charts.map(({ record }) => record.id)), chapters: slugs };
  const unknownChapter = (file: string, chapter: string | undefined) =>
    chapter !== undefined && !slugs.has(chapter) ? [`${file}: ${messages.notAChapter(chapter, content.chapters.join(', '))}`] : [];

  const references = texts.flatMap(({ file, tree, firstLine }) => checkReferences(file, tree, known, firstLine));
  const problems = [
    ...content.figures.flatMap(({ file, record }) => unknownChapter(file, record.chapter)),
    ...content.charts.flatMap(({ file, record }) => [...unknownChapter(file, record.chapter), ...checkChart(file, record, figures)]),
    ...content.milestones.flatMap(({ file, record }) => [...unknownChapter(file, record.chapter), ...checkDates(file, record)]),
    ...content.texts.flatMap(({ file, chapter }) => chapterFileNameProblems(file, chapter)),
    ...texts.flatMap(({ file, tree, firstLine }) => mdxContentProblems(file, tree, { firstLine })),
    ...references,
    ...checkCitations(texts, content, figures),
    ...checkPlacements(texts, content),
    ...checkGlossary(texts, content),
    ...texts.flatMap((text) => (text.lang === 'ko' ? seoulSpellingProblems(text.file, text.tree, text.firstLine, text.chapter) : [])),
  ];
  // Translations pair with the original section by section, paragraph by paragraph (parallel reading,
  // #pN links). Checked once the ids are right: a mistyped id would only be reported a second time here.
  if (references.length) return problems;
  return [
    ...problems,
    ...checkTranslations(
      texts.map(({ file, lang, chapter, tree, firstLine }) => ({ file, lang, slug: chapter.slug, tree, firstLine })),
      sourceLocale,
    ),
  ];
}

/** A <Num> or <Chart> as it stands in a chapter file, at the editor's line number. */
const citations = (text: ParsedText, component: 'Num' | 'Chart') =>
  findReferences(text.tree)
    .filter((reference) => reference.component === component && reference.attribute === 'id')
    .map((reference) => ({ id: reference.value, at: `${text.file}:${reference.line + text.firstLine - 1}` }));

/**
 * A chapter cites only its own figures (its key figures, charts and the figures page link there), every
 * figure is stated by its own chapter in the report's Chinese, and that sentence, printed, is the
 * record's `source`: the record and the text cannot drift apart.
 */
function checkCitations(texts: readonly ParsedText[], content: Content, figures: ReadonlyMap<string, Figure>): string[] {
  const problems: string[] = [];
  for (const text of texts) {
    for (const { id, at } of citations(text, 'Num')) {
      const figure = figures.get(id);
      if (figure && figure.chapter !== text.chapter.slug) {
        problems.push(`${at}: ${messages.foreignFigure(id, figure.chapter)}`);
      }
    }
  }
  const originals = texts.filter((text) => text.lang === sourceLocale && isReportChapter(text.chapter));
  for (const { file, record: figure } of content.figures) {
    const original = originals.find((text) => text.chapter.slug === figure.chapter);
    if (!original) continue; // an unknown chapter is reported above; a chapter of ours need not cite
    const sentence = sentencesOf(original.tree, (id) => {
      const cited = figures.get(id);
      return cited ? formatQuantity(cited, sourceLocale) : `<Num id="${id}"/>`;
    }).find((candidate) => candidate.figures.includes(figure.id));
    if (!sentence) {
      problems.push(`${file}: ${messages.neverStated(original.file, figure.id)}`);
      continue;
    }
    const printed = sentence.text;
    if (printed !== figure.source) {
      problems.push(
        `${file}: ${messages.sourceMismatch(`${original.file}:${sentence.line + original.firstLine - 1}`)}\n      source:   ${figure.source}\n      chapter:  ${printed}`,
      );
    }
  }
  return problems;
}

/**
 * Every figure is drawn by a chart, and every chart is placed once in each language, in the chapter it
 * belongs to (or, for a chart of the whole report, where the Chinese original places it).
 */
function checkPlacements(texts: readonly ParsedText[], content: Content): string[] {
  const problems: string[] = [];
  const drawn = new Set(content.charts.flatMap(({ record }) => record.figures));
  for (const { file, record } of content.figures) {
    if (!drawn.has(record.id)) problems.push(`${file}: ${messages.noChartDraws(record.id)}`);
  }
  const placedIn = new Map<string, Map<Locale, { at: string; slug: string }>>();
  for (const text of texts) {
    for (const { id, at } of citations(text, 'Chart')) {
      const byLang = placedIn.get(id) ?? new Map();
      placedIn.set(id, byLang);
      const earlier = byLang.get(text.lang);
      if (earlier) problems.push(`${at}: ${messages.chartTwice(id, earlier.at)}`);
      else byLang.set(text.lang, { at, slug: text.chapter.slug });
    }
  }
  for (const { file, record: chart } of content.charts) {
    const byLang = placedIn.get(chart.id);
    const home = chart.chapter ?? byLang?.get(sourceLocale)?.slug;
    if (!byLang?.has(sourceLocale)) {
      problems.push(`${file}: ${messages.chartNotPlaced(chart.id, chart.chapter ? `chapter "${chart.chapter}"` : 'a chapter')}`);
    }
    for (const { at, slug } of byLang?.values() ?? []) {
      if (home && slug !== home)
        problems.push(`${at}: ${chart.chapter ? messages.chartElsewhere(chart.id, home) : messages.chartNotWithOriginal(chart.id, home)}`);
    }
  }
  return problems;
}

/**
 * The glossary fixes how each programme's name is translated: every name the report quotes (“最美家庭”)
 * has an entry, and where the Chinese original of a chapter uses a term, the translation writes the
 * glossary's form of it. So a term cannot leave the glossary while the text still depends on it.
 */
function checkGlossary(texts: readonly ParsedText[], content: Content): string[] {
  const problems: string[] = [];
  const entries = new Set(content.glossary.map((term) => term.zh));
  const words = (text: ParsedText) => `${text.chapter.title}\n${textOf(text.tree)}`;
  for (const text of texts) {
    if (text.lang !== sourceLocale || !isReportChapter(text.chapter)) continue;
    const names = new Set([...words(text).matchAll(/“([^”]+)”/g)].map((match) => match[1]!));
    for (const name of names) {
      if (!entries.has(name)) {
        problems.push(`${text.file}: ${messages.noGlossaryEntry(name)}`);
      }
    }
  }
  // Typographic and straight apostrophes are one letter to a reader.
  const plain = (text: string) => text.replace(/[’‘]/g, "'");
  const original = new Map(texts.filter((text) => text.lang === sourceLocale).map((text) => [text.chapter.slug, text]));
  for (const translation of texts) {
    const source = original.get(translation.chapter.slug);
    if (translation.lang === sourceLocale || !source) continue;
    const sourceText = words(source);
    const translated = plain(words(translation));
    for (const term of content.glossary) {
      const used = term.quoted ? sourceText.includes(`“${term.zh}”`) : sourceText.includes(term.zh);
      const form = term[translation.lang];
      if (used && !translated.includes(plain(form))) {
        problems.push(`${translation.file}: ${messages.glossaryForm(term.zh, form)}`);
      }
    }
  }
  return problems;
}

function checkChart(file: string, chart: Chart, figures: ReadonlyMap<string, Figure>): string[] {
  const problems: string[] = [];
  const drawn: Figure[] = [];
  chart.figures.forEach((id, i) => {
    const figure = figures.get(id);
    if (figure) drawn.push(figure);
    else problems.push(`${file}: ${messages.chartFigureUnknown(String(i), id)}`);
  });
  const measures = new Set(drawn.map((figure) => measureOf(figure.unit)));
  if (measures.size > 1) problems.push(`${file}: ${messages.mixedMeasures([...measures].join(' and '))}`);
  if (chart.kind === 'units') {
    const per = chart.per ?? 1;
    for (const figure of drawn) {
      if (!Number.isInteger(figure.value / per)) {
        problems.push(`${file}: ${messages.perNotDividing(String(per), figure.id, String(figure.value))}`);
      }
    }
  }
  return problems;
}

/** Real calendar days (lib/date-checks), a start for every end, and no span that ends before it starts. */
function checkDates(file: string, milestone: Milestone): string[] {
  if (milestone.end !== undefined && milestone.date === undefined) return [`${file}: ${messages.endWithoutDate()}`];
  return milestoneDateProblems(file, milestone);
}

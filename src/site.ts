/**
 * The site's content, loaded once per build, before any page renders. Three stages, each stopping the build
 * with every problem it finds at once, each with its file: the loaders (loaders.ts) check each file on its
 * own (encoding, frontmatter, fields against src/schemas/) and keep a broken one as its problems, thrown here
 * together; lib/chapters plans the pages (slugs, order, a translation without its original); then
 * lib/content-checks checks what no single file can know.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, sourceLocale } from './i18n/locales';
import { ContentError, langOf, planChapters, type ChapterPlan } from './lib/chapters';
import { checkContent, type Located } from './lib/content-checks';
import { withoutDrafts } from './lib/drafts';
import { findReferences } from './lib/references';
import { parseChapter } from './lib/chapter-tree';
import { fullWidthPunctuation } from './lib/typography';
import type { Chapter, Chart, Figure, GlossaryTerm, Milestone, Report } from './schemas';
import type { FileProblems } from './loaders';

/** A chapter whose file passed its own checks (loaders.ts keeps a broken one as its problems). */
export type ChapterEntry = CollectionEntry<'chapters'> & { data: Chapter };

export interface Site {
  report: Report;
  chapters: ChapterPlan<ChapterEntry>;
  figures: Map<string, Figure>;
  charts: Map<string, Chart>;
  milestones: Milestone[];
  glossary: GlossaryTerm[];
  /** Figures in the order the report states them (chapter by chapter, sentence by sentence). */
  figuresInOrder(): Figure[];
  /** The headline figures of the cover, or a chapter's key figures, in the report's order. */
  keyFigures(of: { cover: true } | { chapter: string }): Figure[];
}

let loading: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
  loading ??= load();
  return loading;
}

/** A record with the id its file name gives it, and the file, for messages. */
const located = <T>(entry: { id: string; filePath?: string | undefined; data: T }): Located<T & { id: string }> => ({
  file: entry.filePath ?? entry.id,
  record: { ...entry.data, id: entry.id },
});

/** The entries whose files passed their own checks (loaders.ts keeps a broken one as its problems). */
const readable = <E extends { data: object }>(entries: readonly E[]) =>
  entries.filter((entry) => !('problems' in entry.data)) as (E & { data: Exclude<E['data'], FileProblems> })[];

async function load(): Promise<Site> {
  const [chapterFiles, figureFiles, chartFiles, milestoneFiles, reportFiles, glossaryFiles] = await Promise.all([
    getCollection('chapters'),
    getCollection('figures'),
    getCollection('charts'),
    getCollection('timeline'),
    getCollection('report'),
    getCollection('glossary'),
  ]);
  // Each file's own problems (encoding, syntax, fields; a chapter's headings and images), for every file
  // at once: the checks across files below would only repeat them in other words.
  const fileProblems = [chapterFiles, figureFiles, chartFiles, milestoneFiles, reportFiles, glossaryFiles].flatMap((files) =>
    files.flatMap((entry) => ('problems' in entry.data ? entry.data.problems : [])),
  );
  if (fileProblems.length) throw new ContentError(fileProblems);
  // Drafts show in `npm run dev` and are left out of the build: no page, card, link or search entry.
  // (MODE, not DEV: DEV follows NODE_ENV, which a test runner or a shell may have set for a build.)
  const allChapters = readable(chapterFiles);
  const rawChapters =
    import.meta.env.MODE === 'development'
      ? allChapters
      : withoutDrafts(allChapters.map((entry) => ({ lang: langOf(entry), slug: entry.data.slug, draft: entry.data.draft, entry }))).map(
          ({ entry }) => entry,
        );
  const [figureEntries, chartEntries, milestoneEntries, reportEntries, glossaryEntries] = [
    readable(figureFiles),
    readable(chartFiles),
    readable(milestoneFiles),
    readable(reportFiles),
    readable(glossaryFiles),
  ];
  // Chinese titles and summaries are set like the Chinese text (lib/markdown.ts does the bodies).
  const chapterEntries = rawChapters.map((entry) =>
    langOf(entry) !== sourceLocale
      ? entry
      : {
          ...entry,
          data: {
            ...entry.data,
            title: fullWidthPunctuation(entry.data.title),
            shortTitle: fullWidthPunctuation(entry.data.shortTitle),
            summary: fullWidthPunctuation(entry.data.summary),
          },
        },
  );
  const chapters = planChapters(chapterEntries);
  const figures = figureEntries.map(located);
  const charts = chartEntries.map(located);
  const milestones = milestoneEntries.map(located);

  const problems = checkContent({
    chapters: chapters.order,
    figures,
    charts,
    milestones,
    texts: chapterEntries.flatMap((entry) => {
      const lang = langOf(entry);
      // A folder that is not a language was refused by planChapters already.
      if (!isLocale(lang)) return [];
      const body = entry.body ?? '';
      return [{ file: entry.filePath ?? entry.id, lang, chapter: entry.data, body, firstLine: bodyFirstLine(entry.filePath, body) }];
    }),
    glossary: glossaryEntries[0]?.data.terms ?? [],
  });
  const report = reportEntries[0]?.data;
  if (!report) problems.push('content/report.json is missing');
  if (problems.length || !report) throw new ContentError(problems);

  const reading = chapters.order.flatMap((slug) =>
    findReferences(parseChapter(chapters.page(sourceLocale, slug).entry.body ?? ''))
      .filter((r) => r.component === 'Num')
      .map((r) => r.value),
  );
  const rank = (figure: Figure) => (reading.includes(figure.id) ? reading.indexOf(figure.id) : reading.length);
  const byId = <T extends { id: string }>(records: Located<T>[]) => new Map(records.map(({ record }) => [record.id, record]));
  const figuresInOrder = () => figures.map(({ record }) => record).sort((a, b) => rank(a) - rank(b));
  return {
    report,
    chapters,
    figures: byId(figures),
    charts: byId(charts),
    milestones: milestones.map(({ record }) => record),
    glossary: glossaryEntries[0]?.data.terms ?? [],
    figuresInOrder,
    keyFigures: (of) => figuresInOrder().filter((figure) => ('cover' in of ? figure.cover : figure.chapter === of.chapter && figure.key)),
  };
}

/** Where a chapter's body starts in its file, so that problems are reported at the editor's line numbers. */
function bodyFirstLine(filePath: string | undefined, body: string): number {
  if (!filePath) return 1;
  const text = readFileSync(filePath, 'utf8');
  const at = text.indexOf(body.trimStart().slice(0, 40));
  // The body keeps the line breaks that follow the frontmatter: its first line is the closing ---'s rest.
  const blankLines = body.slice(0, body.length - body.trimStart().length).split('\n').length - 1;
  return at < 0 ? 1 : text.slice(0, at).split('\n').length - blankLines;
}

/** A figure by id; ids in MDX are checked at load, so a miss here is a bug in the code, not the content. */
export function figureById(site: Site, id: string): Figure {
  const figure = site.figures.get(id);
  if (!figure) throw new Error(`Unknown figure "${id}"`);
  return figure;
}

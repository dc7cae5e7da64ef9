/**
 * The site's content, loaded and cross-checked once per build. Astro validates each file against its
 * schema; this adds what no single file can know (translations agree, ids exist) and throws one error
 * listing every problem with its file, before any page renders.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, langOf, planChapters, type ChapterPlan } from './lib/chapters';
import { checkReferences, findReferences } from './lib/references';
import { measureOf, type FigureData } from './lib/figures';
import type { ChartData } from './lib/charts/types';
import { fullWidthPunctuation } from './lib/typography';
import { checkTranslations } from './lib/parallel';

export type ChapterEntry = CollectionEntry<'chapters'>;
export type Report = CollectionEntry<'report'>['data'];
export type Milestone = CollectionEntry<'timeline'>['data'];
export type GlossaryTerm = CollectionEntry<'glossary'>['data']['terms'][number];

export interface Site {
  report: Report;
  chapters: ChapterPlan<ChapterEntry>;
  figures: Map<string, FigureData>;
  charts: Map<string, ChartData>;
  milestones: Milestone[];
  glossary: GlossaryTerm[];
  /** Figures in the order the report states them (chapter by chapter, sentence by sentence). */
  figuresInOrder(): FigureData[];
}

let loading: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Site> {
  const [rawChapters, figureEntries, chartEntries, milestoneEntries, reportEntries, glossaryEntries] = await Promise.all([
    getCollection('chapters'),
    getCollection('figures'),
    getCollection('charts'),
    getCollection('timeline'),
    getCollection('report'),
    getCollection('glossary'),
  ]);
  // Chinese titles and summaries are set like the Chinese text (lib/markdown.ts does the bodies).
  const chapterEntries = rawChapters.map((entry) =>
    langOf(entry) !== 'zh'
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
  const problems: string[] = [];
  const where = (entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? entry.id;

  const chapters = planChapters(chapterEntries);
  const slugs = new Set(chapters.order);

  const figures = new Map<string, FigureData>();
  for (const entry of figureEntries) {
    if (entry.data.id !== entry.id) problems.push(`${where(entry)}: id is "${entry.data.id}", but the file is named ${entry.id}.json`);
    if (!slugs.has(entry.data.chapter)) problems.push(`${where(entry)}: chapter "${entry.data.chapter}" is not a chapter slug (${chapters.order.join(', ')})`);
    figures.set(entry.id, entry.data);
  }
  const charts = new Map<string, ChartData>();
  for (const entry of chartEntries) {
    const chart = entry.data;
    if (chart.id !== entry.id) problems.push(`${where(entry)}: id is "${chart.id}", but the file is named ${entry.id}.json`);
    if (chart.chapter && !slugs.has(chart.chapter)) problems.push(`${where(entry)}: chapter "${chart.chapter}" is not a chapter slug`);
    const drawn = chart.figures.map((id) => figures.get(id));
    chart.figures.forEach((id, i) => {
      if (!drawn[i]) problems.push(`${where(entry)}: figures[${i}] "${id}" names nothing in content/figures/`);
    });
    const measures = new Set(drawn.flatMap((figure) => (figure ? [measureOf(figure.unit)] : [])));
    if (measures.size > 1) problems.push(`${where(entry)}: figures mixes ${[...measures].join(' and ')}; a chart never puts them on one axis`);
    const per = chart.per ?? 1;
    for (const figure of drawn) {
      if (chart.kind === 'units' && figure && !Number.isInteger(figure.value / per)) {
        problems.push(`${where(entry)}: per is ${per}, which does not divide ${figure.id} (${figure.value}) into whole marks`);
      }
    }
    charts.set(entry.id, chart);
  }
  for (const entry of milestoneEntries) {
    if (entry.data.id !== entry.id) problems.push(`${where(entry)}: id is "${entry.data.id}", but the file is named ${entry.id}.json`);
    if (entry.data.chapter && !slugs.has(entry.data.chapter)) problems.push(`${where(entry)}: chapter "${entry.data.chapter}" is not a chapter slug`);
    if (entry.data.end && !entry.data.date) problems.push(`${where(entry)}: end is set without date`);
  }

  const known = { figures: new Set(figures.keys()), charts: new Set(charts.keys()), chapters: slugs };
  for (const entry of chapterEntries) {
    const body = entry.body ?? '';
    problems.push(...checkReferences(where(entry), body, known, bodyFirstLine(entry.filePath, body)));
  }
  // Translations pair with the original paragraph by paragraph (parallel reading, #pN links).
  problems.push(...checkTranslations(chapterEntries.map((e) => ({ file: where(e), lang: langOf(e), slug: e.data.slug, body: e.body ?? '', firstLine: bodyFirstLine(e.filePath, e.body ?? '') }))));

  const report = reportEntries[0]?.data;
  if (!report) problems.push('content/report.json is missing');
  const glossary = glossaryEntries[0]?.data.terms ?? [];
  if (problems.length || !report) throw new ContentError(problems);

  const reading = chapters.order.flatMap((slug) =>
    findReferences(chapters.page('zh', slug).entry.body ?? '').filter((r) => r.component === 'Num').map((r) => r.value),
  );
  const rank = (figure: FigureData) => (reading.includes(figure.id) ? reading.indexOf(figure.id) : reading.length);
  return {
    report,
    chapters,
    figures,
    charts,
    milestones: milestoneEntries.map((entry) => entry.data),
    glossary,
    figuresInOrder: () => [...figures.values()].sort((a, b) => rank(a) - rank(b)),
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
export function figureById(site: Site, id: string): FigureData {
  const figure = site.figures.get(id);
  if (!figure) throw new Error(`Unknown figure "${id}"`);
  return figure;
}

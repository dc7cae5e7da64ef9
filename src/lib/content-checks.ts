/**
 * What no single content file can know: that the ids one file names exist in another, that a chart's
 * figures can share an axis, that a milestone's dates make sense. Astro has checked each file against its
 * schema (src/schemas/) before this runs; every problem found here is returned with its file, so the
 * build can list them all at once, before any page renders.
 */
import type { Chart, Figure, Milestone } from '../schemas';
import { measureOf } from './figures';
import { checkReferences } from './references';

/** A record and the file it came from, for messages an editor can act on. */
export interface Located<T> {
  file: string;
  record: T;
}

export interface ChapterBody {
  file: string;
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
  bodies: readonly ChapterBody[];
}

export function checkContent(content: Content): string[] {
  const slugs = new Set(content.chapters);
  const figures = new Map(content.figures.map(({ record }) => [record.id, record]));
  const known = { figures: new Set(figures.keys()), charts: new Set(content.charts.map(({ record }) => record.id)), chapters: slugs };
  const unknownChapter = (file: string, chapter: string | undefined) =>
    chapter !== undefined && !slugs.has(chapter) ? [`${file}: chapter "${chapter}" is not a chapter slug (${content.chapters.join(', ')})`] : [];

  return [
    ...content.figures.flatMap(({ file, record }) => unknownChapter(file, record.chapter)),
    ...content.charts.flatMap(({ file, record }) => [...unknownChapter(file, record.chapter), ...checkChart(file, record, figures)]),
    ...content.milestones.flatMap(({ file, record }) => [...unknownChapter(file, record.chapter), ...checkDates(file, record)]),
    ...content.bodies.flatMap(({ file, body, firstLine }) => checkReferences(file, body, known, firstLine)),
  ];
}

function checkChart(file: string, chart: Chart, figures: ReadonlyMap<string, Figure>): string[] {
  const problems: string[] = [];
  const drawn: Figure[] = [];
  chart.figures.forEach((id, i) => {
    const figure = figures.get(id);
    if (figure) drawn.push(figure);
    else problems.push(`${file}: figures[${i}] "${id}" names nothing in content/figures/`);
  });
  const measures = new Set(drawn.map((figure) => measureOf(figure.unit)));
  if (measures.size > 1) problems.push(`${file}: figures mixes ${[...measures].join(' and ')}; a chart never puts them on one axis`);
  if (chart.kind === 'units') {
    const per = chart.per ?? 1;
    for (const figure of drawn) {
      if (!Number.isInteger(figure.value / per)) {
        problems.push(`${file}: per is ${per}, which does not divide ${figure.id} (${figure.value}) into whole marks`);
      }
    }
  }
  return problems;
}

/** A date of the calendar: 2019-02-30 matches the pattern but is no day. */
export function isCalendarDate(iso: string): boolean {
  const [year = NaN, month = 1, day = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkDates(file: string, milestone: Milestone): string[] {
  const { date, end } = milestone;
  const problems: string[] = [];
  for (const [field, value] of [['date', date], ['end', end]] as const) {
    if (value !== undefined && !isCalendarDate(value)) problems.push(`${file}: ${field} "${value}" is not a date of the calendar (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  if (end !== undefined && date === undefined) problems.push(`${file}: end is set without date`);
  // Compared as text, by the shorter precision: 2016 ends no earlier than 2016-05.
  if (date && end && problems.length === 0) {
    const length = Math.min(date.length, end.length);
    if (end.slice(0, length) < date.slice(0, length)) problems.push(`${file}: end "${end}" is before date "${date}"`);
  }
  return problems;
}

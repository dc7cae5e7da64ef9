import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import type { Locale } from '../i18n/locales';
import { formatDate } from './dates';
import type { Milestone } from '../schemas/milestone';

/**
 * The five-year timeline: milestones on a time scale, each on its own row (so labels never collide on a
 * phone), dated exactly as the report dates them. A year is drawn as the whole year, not as 1 January; a
 * day as a point. Milestones the report does not date are not placed on the scale at all.
 * Horizontal positions are percent of the width, as in the charts; rows are laid out by the page.
 */

interface TimelineRow {
  id: string;
  label: string;
  when: string;
  /** Start and end of the mark, in percent of the width. */
  from: number;
  to: number;
  shape: 'span' | 'year' | 'day';
  inferred: string | undefined;
  chapter: string | undefined;
}

export interface TimelineLayout {
  rows: TimelineRow[];
  undated: { id: string; label: string; chapter: string | undefined }[];
  ticks: { at: number; year: number }[];
  band: { from: number; to: number; inferredStart: boolean };
}

/** The first and last instant a date of the report's precision covers. */
export function dateRange(iso: string): [Date, Date] {
  const [year = 0, month, day] = iso.split('-').map(Number);
  if (day !== undefined) return [new Date(Date.UTC(year, month! - 1, day)), new Date(Date.UTC(year, month! - 1, day + 1))];
  if (month !== undefined) return [new Date(Date.UTC(year, month - 1, 1)), new Date(Date.UTC(year, month, 1))];
  return [new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1))];
}

export function formatWhen(milestone: Pick<Milestone, 'date' | 'end' | 'inferred'>, lang: Locale): string {
  if (!milestone.date) return '';
  const start = `${milestone.inferred ? '≈' : ''}${formatDate(milestone.date, lang)}`;
  return milestone.end ? `${start}–${formatDate(milestone.end, lang)}` : start;
}

export interface Period {
  start: number;
  startInferred: boolean;
  /** The report's publication date closes the five years. */
  published: string;
}

export function layoutTimeline(milestones: Milestone[], lang: Locale, period: Period): TimelineLayout {
  const dated = milestones
    .filter((milestone) => milestone.date)
    .map((milestone) => ({ milestone, range: [dateRange(milestone.date!)[0], dateRange(milestone.end ?? milestone.date!)[1]] as const }))
    .sort((a, b) => +a.range[0] - +b.range[0] || +a.range[1] - +b.range[1]);
  const first = Math.min(...dated.map((d) => d.range[0].getUTCFullYear()), period.start);
  // The publication's own calendar date (2019-09-29 at +08:00), not that instant in UTC.
  const published = dateRange(period.published.slice(0, 10))[0];
  const last = Math.max(...dated.map((d) => d.range[1].getUTCFullYear()), published.getUTCFullYear() + 1);
  const x = scaleUtc()
    .domain([new Date(Date.UTC(first - 1, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))])
    .range([0, 100]);
  const rows = dated.map(({ milestone, range }) => ({
    id: milestone.id,
    label: milestone.label[lang],
    when: formatWhen(milestone, lang),
    from: x(range[0]),
    to: x(range[1]),
    shape: milestone.end ? ('span' as const) : milestone.date!.length === 10 ? ('day' as const) : ('year' as const),
    inferred: milestone.inferred?.[lang],
    chapter: milestone.chapter,
  }));
  return {
    rows,
    undated: milestones.filter((m) => !m.date).map((m) => ({ id: m.id, label: m.label[lang], chapter: m.chapter })),
    ticks: x.ticks(utcYear.every(1)!).map((date) => ({ at: x(date), year: date.getUTCFullYear() })),
    band: { from: x(new Date(Date.UTC(period.start, 0, 1))), to: x(published), inferredStart: period.startInferred },
  };
}

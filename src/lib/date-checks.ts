/**
 * Milestone dates are written as the report gives them ("2017", "2019-09", "2019-09-29"); the schema checks
 * their shape, this checks that they are real calendar dates and that a span does not end before it starts.
 * Without it "2019-13-45" renders as "45 undefined 2019". Pure, for the build's content check to call:
 *
 *   problems.push(...milestoneDateProblems(file, milestone))
 */
import { messages } from './messages';

const shape = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a date is not a real date, or undefined when it is. */
export function dateProblem(value: string): string | undefined {
  const match = shape.exec(value);
  if (!match) return messages.notADate(value);
  const [, y = '', m, d] = match;
  const year = Number(y);
  if (m === undefined) return undefined;
  const month = Number(m);
  if (month < 1 || month > 12) return messages.noSuchMonth(value, m);
  if (d === undefined) return undefined;
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return messages.noSuchDay(value, `${monthNames[month - 1]} ${year}`, String(last));
  return undefined;
}

/** The first and last day a date of any precision covers, as comparable YYYY-MM-DD strings. */
export function dateRange(value: string): { first: string; last: string } {
  const [year = '', month, day] = value.split('-');
  if (day !== undefined) return { first: value, last: value };
  if (month !== undefined) {
    const last = String(daysInMonth(Number(year), Number(month))).padStart(2, '0');
    return { first: `${value}-01`, last: `${value}-${last}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

export interface DatedMilestone {
  date?: string | undefined;
  end?: string | undefined;
}

/** Every problem with a milestone's dates, each starting with the file, as the build prints them. */
export function milestoneDateProblems(file: string, milestone: DatedMilestone): string[] {
  const problems: string[] = [];
  for (const field of ['date', 'end'] as const) {
    const value = milestone[field];
    if (value === undefined) continue;
    const problem = dateProblem(value);
    if (problem) problems.push(`${file}: ${field}: ${problem}`);
  }
  const { date, end } = milestone;
  if (problems.length || !date || !end) return problems;
  // A span ends before it starts only when all of its end lies before all of its start: "2016" to "2016-05"
  // is a span within one year, written as precisely as the report gives each end.
  if (dateRange(end).last < dateRange(date).first) problems.push(`${file}: ${messages.endBeforeDate(end, date)}`);
  return problems;
}

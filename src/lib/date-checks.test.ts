import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateProblem, dateRange, daysInMonth, milestoneDateProblems } from './date-checks';

describe('a milestone’s date is a real calendar date', () => {
  it('accepts the report’s dates at each precision', () => {
    for (const date of ['2017', '2019-09', '2019-09-29', '2016-02-29', '2000-02-29']) expect(dateProblem(date), date).toBeUndefined();
  });

  it('refuses a month or a day that does not exist, saying which', () => {
    expect(dateProblem('2019-13-45')).toBe('"2019-13-45" is not a date: there is no month 13 (months are 01 to 12)');
    expect(dateProblem('2019-00')).toBe('"2019-00" is not a date: there is no month 00 (months are 01 to 12)');
    expect(dateProblem('2019-02-29')).toBe('"2019-02-29" is not a date: February 2019 has days 01 to 28');
    expect(dateProblem('1900-02-29')).toBe('"1900-02-29" is not a date: February 1900 has days 01 to 28');
    expect(dateProblem('2019-04-31')).toBe('"2019-04-31" is not a date: April 2019 has days 01 to 30');
    expect(dateProblem('2019-09-00')).toBe('"2019-09-00" is not a date: September 2019 has days 01 to 30');
    expect(dateProblem('2019/09/29')).toMatch(/^"2019\/09\/29" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it('knows leap years', () => {
    expect([daysInMonth(2016, 2), daysInMonth(2019, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 28, 29]);
  });

  it('covers a year or a month from its first to its last day', () => {
    expect(dateRange('2016')).toEqual({ first: '2016-01-01', last: '2016-12-31' });
    expect(dateRange('2016-02')).toEqual({ first: '2016-02-01', last: '2016-02-29' });
    expect(dateRange('2019-09-29')).toEqual({ first: '2019-09-29', last: '2019-09-29' });
  });
});

describe('a span does not end before it starts', () => {
  const file = 'content/timeline/plan.json';
  it('names the file and the field', () => {
    expect(milestoneDateProblems(file, { date: '2019', end: '2017' })).toEqual([
      'content/timeline/plan.json: end: "2017" is before date "2019"; a span ends after it starts',
    ]);
    expect(milestoneDateProblems(file, { date: '2019-13-45' })).toEqual([
      'content/timeline/plan.json: date: "2019-13-45" is not a date: there is no month 13 (months are 01 to 12)',
    ]);
  });

  it('accepts spans written at different precisions that overlap', () => {
    expect(milestoneDateProblems(file, { date: '2011', end: '2020' })).toEqual([]);
    expect(milestoneDateProblems(file, { date: '2016-05', end: '2016' })).toEqual([]);
    expect(milestoneDateProblems(file, { date: '2019-09-29', end: '2019-09-29' })).toEqual([]);
    expect(milestoneDateProblems(file, {})).toEqual([]);
  });

  it('finds nothing wrong with the report’s own milestones', () => {
    const folder = join(import.meta.dirname, '../../content/timeline');
    const problems = readdirSync(folder).flatMap((name) =>
      milestoneDateProblems(name, JSON.parse(readFileSync(join(folder, name), 'utf8').replace(/^\uFEFF/, ''))),
    );
    expect(problems).toEqual([]);
  });
});

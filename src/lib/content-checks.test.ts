import { describe, expect, it } from 'vitest';
import { checkContent, isCalendarDate, type Content } from './content-checks';
import type { Chart, Figure, Milestone } from '../schemas';

const figure = (id: string, value: number, unit: Figure['unit'] = 'people', chapter = 'family'): Figure => ({
  id,
  chapter,
  value,
  unit,
  qualifier: 'exact',
  source: 's',
  label: { zh: id, ko: id, en: id },
});
const chart = (id: string, figures: string[], extra: Partial<Chart> = {}): Chart => ({
  id,
  kind: 'bars',
  figures,
  title: { zh: id, ko: id, en: id },
  ...extra,
});
const milestone = (id: string, extra: Partial<Milestone> = {}): Milestone => ({ id, source: 's', label: { zh: id, ko: id, en: id }, ...extra });

/** A small, correct report; each test adds one mistake to it. */
const good: Content = {
  chapters: ['prologue', 'family'],
  figures: [
    { file: 'figures/schools.json', record: figure('schools', 1559, 'sites') },
    { file: 'figures/homes.json', record: figure('homes', 3795, 'households') },
    { file: 'figures/funds.json', record: figure('funds', 2090000, 'yuan') },
  ],
  charts: [{ file: 'charts/family.json', record: chart('family', ['schools', 'homes'], { chapter: 'family' }) }],
  milestones: [{ file: 'timeline/plan.json', record: milestone('plan', { date: '2016', end: '2020', chapter: 'family' }) }],
  bodies: [{ file: 'chapters/zh/04-family.mdx', body: '家长学校<Num id="schools"/>所。\n\n<Chart id="family"/>', firstLine: 9 }],
};
const problems = (change: (content: Content) => Partial<Content>) => checkContent({ ...good, ...change(good) });

describe('content that no single file can check', () => {
  it('finds nothing wrong in correct content', () => {
    expect(checkContent(good)).toEqual([]);
  });

  it('refuses a figure, chart or milestone of an unknown chapter, listing the slugs', () => {
    expect(problems((c) => ({ figures: [...c.figures, { file: 'figures/x.json', record: figure('x', 1, 'people', 'famly') }] }))).toEqual([
      'figures/x.json: chapter "famly" is not a chapter slug (prologue, family)',
    ]);
    expect(problems((c) => ({ charts: [...c.charts, { file: 'charts/y.json', record: chart('y', ['schools'], { chapter: 'nope' }) }] }))).toEqual([
      'charts/y.json: chapter "nope" is not a chapter slug (prologue, family)',
    ]);
    expect(problems(() => ({ milestones: [{ file: 'timeline/z.json', record: milestone('z', { chapter: 'nope' }) }] }))).toEqual([
      'timeline/z.json: chapter "nope" is not a chapter slug (prologue, family)',
    ]);
  });

  it('refuses a chart that names a figure that does not exist, by its place in the list', () => {
    expect(problems(() => ({ charts: [{ file: 'charts/family.json', record: chart('family', ['schools', 'schoolz']) }] }))).toEqual([
      'charts/family.json: figures[1] "schoolz" names nothing in content/figures/',
    ]);
  });

  it('refuses a chart that puts money and counts on one axis', () => {
    expect(problems(() => ({ charts: [{ file: 'charts/family.json', record: chart('family', ['schools', 'funds']) }] }))).toEqual([
      'charts/family.json: figures mixes count and money; a chart never puts them on one axis',
    ]);
  });

  it('refuses a pictogram whose marks would not be whole', () => {
    const units = chart('family', ['schools'], { kind: 'units', per: 1000 });
    expect(problems(() => ({ charts: [{ file: 'charts/family.json', record: units }] }))).toEqual([
      'charts/family.json: per is 1000, which does not divide schools (1559) into whole marks',
    ]);
    // Bars have no marks to divide: `per` means nothing to them.
    expect(problems(() => ({ charts: [{ file: 'charts/family.json', record: { ...units, kind: 'bars' } }] }))).toEqual([]);
  });

  it('refuses dates that are no day of the calendar, an end without a start, an end before its start', () => {
    const dated = (date?: string, end?: string) => problems(() => ({ milestones: [{ file: 'timeline/m.json', record: milestone('m', { date, end }) }] }));
    expect(dated('2019-13-45')).toEqual(['timeline/m.json: date "2019-13-45" is not a date of the calendar (expected YYYY, YYYY-MM or YYYY-MM-DD)']);
    expect(dated('2019-02-29')).toEqual(['timeline/m.json: date "2019-02-29" is not a date of the calendar (expected YYYY, YYYY-MM or YYYY-MM-DD)']);
    expect(dated(undefined, '2020')).toEqual(['timeline/m.json: end is set without date']);
    expect(dated('2020', '2016')).toEqual(['timeline/m.json: end "2016" is before date "2020"']);
    expect(dated('2016-05', '2016')).toEqual([]);
    expect(dated('2016-05-02', '2016-05-01')).toEqual(['timeline/m.json: end "2016-05-01" is before date "2016-05-02"']);
  });

  it('checks the ids that chapters cite, at the editor’s line numbers', () => {
    expect(problems(() => ({ bodies: [{ file: 'chapters/en/04-family.mdx', body: 'a\n<Num id="school"/>', firstLine: 9 }] }))).toEqual([
      'chapters/en/04-family.mdx:10: <Num id="school"> names nothing in content/figures/',
    ]);
  });
});

describe('calendar dates', () => {
  it.each([
    ['2019', true],
    ['2019-09', true],
    ['2019-09-29', true],
    ['2020-02-29', true],
    ['2019-00', false],
    ['2019-13', false],
    ['2019-04-31', false],
  ])('%s → %s', (iso, valid) => expect(isCalendarDate(iso)).toBe(valid));
});

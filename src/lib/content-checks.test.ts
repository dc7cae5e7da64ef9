import { describe, expect, it } from 'vitest';
import { checkContent, type Content } from './content-checks';
import type { Chart, Chapter, Figure, Milestone } from '../schemas';
import type { Locale } from '../i18n/locales';

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
const text = (lang: Locale, slug: string, body: string, kind: Chapter['kind'] = 'section', title = 't') => ({
  file: `chapters/${lang}/04-${slug}.mdx`,
  lang,
  chapter: { slug, kind, title, order: 4 },
  body,
  firstLine: 9,
});
const milestone = (id: string, extra: Partial<Milestone> = {}): Milestone => ({ id, source: 's', label: { zh: id, ko: id, en: id }, ...extra });

/** A small, correct report; each test adds one mistake to it. */
const good: Content = {
  chapters: ['prologue', 'family'],
  figures: [
    { file: 'figures/schools.json', record: { ...figure('schools', 1559, 'sites'), source: '目前,全州共有家长学校1559所。' } },
    { file: 'figures/funds.json', record: { ...figure('funds', 2090000, 'yuan'), source: '争取资金209万元。' } },
  ],
  charts: [
    { file: 'charts/family.json', record: chart('family', ['schools'], { chapter: 'family' }) },
    { file: 'charts/funds.json', record: chart('funds', ['funds']) },
  ],
  milestones: [{ file: 'timeline/plan.json', record: milestone('plan', { date: '2016', end: '2020', chapter: 'family' }) }],
  texts: [
    text(
      'zh',
      'family',
      '## 家长学校\n\n目前,全州共有家长学校<Num id="schools"/>所。争取资金<Num id="funds"/>。\n\n<Chart id="family"/>\n\n<Chart id="funds"/>',
    ),
    text(
      'en',
      'family',
      '## Parent schools\n\nThere are <Num id="schools"/> parent schools. Funds of <Num id="funds"/>.\n\n<Chart id="family"/>\n\n<Chart id="funds"/>',
    ),
    text('zh', 'prologue', '五年来。', 'prologue'),
  ],
  glossary: [{ zh: '家长学校', ko: '학부모학교', en: 'parent schools' }],
};
const problems = (change: (content: Content) => Partial<Content>) => checkContent({ ...good, ...change(good) });

describe('content that no single file can check', () => {
  it('finds nothing wrong in correct content', () => {
    expect(checkContent(good)).toEqual([]);
  });

  it('refuses a figure, chart or milestone of an unknown chapter, listing the slugs', () => {
    expect(problems((c) => ({ figures: [...c.figures, { file: 'figures/x.json', record: figure('x', 1, 'people', 'famly') }] }))).toContain(
      'figures/x.json: chapter "famly" is not a chapter slug (prologue, family)',
    );
    expect(problems((c) => ({ charts: [...c.charts, { file: 'charts/y.json', record: chart('y', ['schools'], { chapter: 'nope' }) }] }))).toContain(
      'charts/y.json: chapter "nope" is not a chapter slug (prologue, family)',
    );
    expect(problems(() => ({ milestones: [{ file: 'timeline/z.json', record: milestone('z', { chapter: 'nope' }) }] }))).toEqual([
      'timeline/z.json: chapter "nope" is not a chapter slug (prologue, family)',
    ]);
  });

  it('refuses a chart that names a figure that does not exist, by its place in the list', () => {
    expect(problems((c) => ({ charts: [{ file: 'charts/family.json', record: chart('family', ['schools', 'schoolz']) }, c.charts[1]!] }))).toEqual([
      'charts/family.json: figures[1] "schoolz" names nothing in content/figures/',
    ]);
  });

  it('refuses a chart that puts money and counts on one axis', () => {
    expect(problems((c) => ({ charts: [{ file: 'charts/family.json', record: chart('family', ['schools', 'funds']) }, c.charts[1]!] }))).toEqual([
      'charts/family.json: figures mixes count and money; a chart never puts them on one axis',
    ]);
  });

  it('refuses a pictogram whose marks would not be whole', () => {
    const units = chart('family', ['schools'], { kind: 'units', per: 1000 });
    expect(problems((c) => ({ charts: [{ file: 'charts/family.json', record: units }, c.charts[1]!] }))).toEqual([
      'charts/family.json: per is 1000, which does not divide schools (1559) into whole marks',
    ]);
    // Bars have no marks to divide: `per` means nothing to them.
    expect(problems((c) => ({ charts: [{ file: 'charts/family.json', record: { ...units, kind: 'bars' } }, c.charts[1]!] }))).toEqual([]);
  });

  it('refuses dates that are no day of the calendar, an end without a start, an end before its start', () => {
    const dated = (date?: string, end?: string) => problems(() => ({ milestones: [{ file: 'timeline/m.json', record: milestone('m', { date, end }) }] }));
    // The messages themselves are lib/date-checks.test.ts's; here, that the build asks for them.
    expect(dated('2019-13-45')).toEqual(['timeline/m.json: date: "2019-13-45" is not a date: there is no month 13 (months are 01 to 12)']);
    expect(dated(undefined, '2020')).toEqual(['timeline/m.json: end is set without date']);
    expect(dated('2020', '2016')).toEqual(['timeline/m.json: end: "2016" is before date "2020"; a span ends after it starts']);
    expect(dated('2016-05', '2016')).toEqual([]);
  });

  it('asks each chapter file for its name, its MDX and its citations', () => {
    const misnamed = { ...good.texts[1]!, file: 'chapters/en/family.mdx' };
    expect(problems((c) => ({ texts: [c.texts[0]!, misnamed, c.texts[2]!] }))).toEqual([
      'chapters/en/family.mdx: the file name should be 04-family.mdx (NN-slug.mdx: the name starts with the order number)',
    ]);
    const unsafe = { ...good.texts[1]!, body: `${good.texts[1]!.body}\n\n<num id="schools"/>` };
    expect(problems((c) => ({ texts: [c.texts[0]!, unsafe, c.texts[2]!] }))[0]).toMatch(/^chapters\/en\/04-family\.mdx:\d+: <num>/);
  });

  it('refuses code in a chapter with every other problem, each at its line', () => {
    const code = { ...good.texts[1]!, body: `import fs from 'node:fs'\n\n${good.texts[1]!.body.replace('Funds', 'Home: {process.env.HOME}. Funds')}` };
    expect(problems((c) => ({ texts: [c.texts[0]!, code, c.texts[2]!] })).map((problem) => problem.slice(0, problem.indexOf(' is not allowed')))).toEqual([
      'chapters/en/04-family.mdx:9: import',
      'chapters/en/04-family.mdx:13: {process.env.HOME}',
    ]);
  });

  it('reads a commented-out citation as absent, and `id = \'…\'` as `id="…"`', () => {
    const commented = {
      ...good.texts[0]!,
      body: good.texts[0]!.body.replace('<Num id="schools"/>', "<Num id = 'schools' />").replace('<Chart id="family"/>', '{/* <Chart id="family"/> */}'),
    };
    expect(problems((c) => ({ texts: [commented, ...c.texts.slice(1)] }))).toEqual([
      'charts/family.json: no Chinese chapter places it: add <Chart id="family"/> to chapter "family" in content/chapters/zh/',
      'chapters/en/04-family.mdx: charts “family” after p1, “funds” after p1; the Chinese original chapters/zh/04-family.mdx has “funds” after p1. A chart stands at the same place in every language.',
    ]);
  });

  it('refuses a Seoul spelling in a Korean chapter, with the Yanbian form, at its line', () => {
    const ko = {
      ...text(
        'ko',
        'family',
        '## 학부모학교\n\n학부모학교 <Num id="schools"/>개. 자금 <Num id="funds"/>.\n농촌 여성들.\n\n<Chart id="family"/>\n\n<Chart id="funds"/>',
      ),
      file: 'chapters/ko/04-family.mdx',
    };
    expect(problems((c) => ({ texts: [...c.texts, ko] }))).toEqual([
      "chapters/ko/04-family.mdx:12: “여성” is the Seoul spelling; the site's Korean follows Yanbian (조선말 규범): write “녀성”",
    ]);
  });

  it('checks the ids that chapters cite, at the editor’s line numbers', () => {
    const en = text('en', 'family', '## Parent schools\n\na\n<Num id="school"/> parent schools');
    expect(problems((c) => ({ texts: [c.texts[0]!, en] }))).toContain('chapters/en/04-family.mdx:12: <Num id="school"> names nothing in content/figures/');
  });
});

describe('rules the report’s text holds the content to', () => {
  const zh = good.texts[0]!;
  const withZh = (body: string) => (c: Content) => ({ texts: [{ ...zh, body }, ...c.texts.slice(1)] });

  it('refuses a figure cited outside its own chapter', () => {
    const prologue = text('zh', 'prologue', '五年来<Num id="schools"/>。', 'prologue');
    expect(problems((c) => ({ texts: [...c.texts.slice(0, 2), prologue] }))).toEqual([
      'chapters/zh/04-prologue.mdx:9: <Num id="schools"> is a figure of chapter "family", and a chapter cites only its own figures (the record\'s chapter is "family")',
    ]);
  });

  it('refuses a figure its own chapter never states', () => {
    expect(problems(withZh('## 家长学校\n\n争取资金<Num id="funds"/>。\n\n<Chart id="family"/>\n\n<Chart id="funds"/>'))).toContain(
      'figures/schools.json: chapters/zh/04-family.mdx never states it: put <Num id="schools"/> in the sentence of the report that gives the number',
    );
  });

  it('refuses a source sentence that disagrees with the chapter, as printed', () => {
    const wrong = { file: 'figures/schools.json', record: { ...figure('schools', 1558, 'sites'), source: '目前,全州共有家长学校1559所。' } };
    expect(problems((c) => ({ figures: [wrong, c.figures[1]!] }))).toEqual([
      'figures/schools.json: source does not match the sentence that states it (chapters/zh/04-family.mdx:11), as printed:\n      source:   目前,全州共有家长学校1559所。\n      chapter:  目前,全州共有家长学校1558所。',
    ]);
  });

  it('holds only the report’s own chapters to the report: an appendix of ours need not state figures', () => {
    const appendix = text('zh', 'thanks', '致谢。', 'appendix');
    expect(problems((c) => ({ chapters: ['prologue', 'family', 'thanks'], texts: [...c.texts, appendix] }))).toEqual([]);
  });

  it('refuses a figure that no chart draws', () => {
    expect(problems((c) => ({ charts: [c.charts[0]!] })).filter((p) => p.startsWith('figures/'))).toEqual([
      'figures/funds.json: no chart draws it: add "funds" to the figures of a chart in content/charts/',
    ]);
  });

  it('refuses a chart placed twice in a language, in another chapter, or in none', () => {
    expect(problems(withZh(`${zh.body}\n\n<Chart id="family"/>`))).toContain(
      'chapters/zh/04-family.mdx:17: <Chart id="family"> is already placed at chapters/zh/04-family.mdx:13; a chart appears once in each language',
    );
    const elsewhere = text('en', 'prologue', '<Chart id="family"/>', 'prologue');
    const en = {
      ...good.texts[1]!,
      body: '## Parent schools\n\nThere are <Num id="schools"/> parent schools. Funds of <Num id="funds"/>.\n\n<Chart id="funds"/>',
    };
    expect(problems((c) => ({ texts: [c.texts[0]!, en, elsewhere] }))).toContain(
      'chapters/en/04-prologue.mdx:9: <Chart id="family"> belongs in chapter "family" (its record says so)',
    );
    expect(problems(withZh('## 家长学校\n\n目前,全州共有家长学校<Num id="schools"/>所。争取资金<Num id="funds"/>。\n\n<Chart id="family"/>'))).toContain(
      'charts/funds.json: no Chinese chapter places it: add <Chart id="funds"/> to a chapter in content/chapters/zh/',
    );
  });

  it('refuses a name the report quotes that the glossary lacks (a term removed while the text needs it)', () => {
    const quoted = { ...zh, body: zh.body.replace('## 家长学校', '## “家长学校”') };
    expect(
      problems((c) => ({ texts: [quoted, ...c.texts.slice(1)], glossary: [{ zh: '家长学校', ko: '학부모학교', en: 'parent schools', quoted: true }] })),
    ).toEqual([]);
    expect(problems((c) => ({ texts: [quoted, ...c.texts.slice(1)], glossary: [] }))).toEqual([
      'chapters/zh/04-family.mdx: the report quotes “家长学校”, and content/glossary.json has no entry for it: add { "zh": "家长学校", "ko": "…", "en": "…", "quoted": true } so that every translation writes it one way',
    ]);
  });

  it('refuses a translation that does not write a programme’s name as the glossary does', () => {
    const en = { ...good.texts[1]!, body: good.texts[1]!.body.replace('parent schools', 'schools for parents') };
    expect(problems((c) => ({ texts: [c.texts[0]!, en] }))).toEqual([
      'chapters/en/04-family.mdx: the Chinese original says 家长学校, which content/glossary.json translates as “parent schools”; this chapter never writes it so',
    ]);
  });
});

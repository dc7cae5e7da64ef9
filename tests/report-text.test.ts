import { describe, expect, it } from 'vitest';
import { formatQuantity } from '../src/lib/numbers';
import { checkContent } from '../src/lib/content-checks';
import { isReportChapter } from '../src/schemas';
import { isLocale } from '../src/i18n/locales';
import {
  figuresCitedIn,
  paragraphsOf,
  readChapters,
  readCharts,
  readFigures,
  readGlossary,
  readMilestones,
  readReportRecord,
  wordsOf,
} from './content-files';
import { readReport } from './report';

const figures = new Map(readFigures().map((figure) => [figure.id, figure]));
const chapters = readChapters();
/** The report's own chapters in one language (an appendix of ours is not held to the report). */
const inLang = (lang: string) =>
  chapters.filter((chapter) => chapter.lang === lang && isReportChapter(chapter.data)).sort((a, b) => a.data.order - b.data.order);
/** A <Num/> as the page prints it. */
const printed = (lang: 'zh' | 'ko' | 'en') => (id: string) => {
  const figure = figures.get(id);
  if (!figure) throw new Error(`no figure ${id}`);
  return formatQuantity(figure, lang);
};

describe('the Chinese chapters are the report, paragraph by paragraph', () => {
  const report = readReport();

  it('reproduce every heading and paragraph of the report in order, and nothing else', () => {
    const expected = [...report.blocks];
    for (const chapter of inLang('zh')) {
      if (chapter.data.kind === 'section') expect(chapter.data.title, chapter.file).toBe(expected.shift());
      for (const paragraph of paragraphsOf(chapter.body)) expect(paragraph.words(printed('zh')), chapter.file).toBe(expected.shift());
    }
    expect(expected, 'report text not carried by any chapter').toEqual([]);
  });

  it('take the report metadata from the original page, not from memory', () => {
    const meta = readReportRecord();
    expect(report.title).toBe(meta.title.zh);
    expect(report.subtitle).toBe(meta.subtitle.zh);
    expect(report.banner).toContain(meta.slogan.zh);
    expect(report.banner).toContain(meta.congress.zh);
    expect(report.sourceLine).toContain(meta.sourceNote);
    const [date, time] = meta.published.split('T');
    expect(report.sourceLine).toContain(`发布时间:${date} ${time?.slice(0, 8)}`);
  });
});

describe('every figure record matches the sentence it comes from', () => {
  const report = readReport();
  const zh = inLang('zh');

  it.each([...figures.values()].map((figure) => [figure.id, figure] as const))('%s', (id, figure) => {
    // The build holds the chapter's sentence to `source` (lib/content-checks); here `source` is held to the report.
    expect(report.text, 'source sentence is in the report').toContain(figure.source);
    const citing = zh.filter((chapter) => figuresCitedIn(chapter.body).includes(id));
    expect(
      citing.map((chapter) => chapter.data.slug),
      'cited by exactly one Chinese chapter, its own',
    ).toEqual([figure.chapter]);
  });

  it('qualifies as "more than" as many figures as the report says 余', () => {
    const moreThan = [...figures.values()].filter((figure) => figure.qualifier === 'more-than');
    expect(moreThan.length).toBe(report.text.split('余').length - 1);
  });
});

describe('the translations follow the Chinese chapters', () => {
  const zh = inLang('zh');
  for (const lang of ['ko', 'en'] as const) {
    const translations = inLang(lang);

    it(`${lang}: every chapter, with the same slug, order, kind and section`, () => {
      const pick = (c: (typeof zh)[number]) => [c.data.slug, c.data.order, c.data.kind, c.data.section];
      expect(translations.map(pick)).toEqual(zh.map(pick));
    });

    it(`${lang}: paragraph for paragraph, citing the same figures`, () => {
      for (const original of zh) {
        const translation = translations.find((t) => t.data.slug === original.data.slug)!;
        const ids = (paragraph: { figures: string[] }) => [...paragraph.figures].sort();
        const mine = paragraphsOf(translation.body);
        const theirs = paragraphsOf(original.body);
        expect(mine.length, translation.file).toBe(theirs.length);
        mine.forEach((paragraph, i) => expect(ids(paragraph), `${translation.file} ¶${i + 1}`).toEqual(ids(theirs[i]!)));
      }
    });

    it(`${lang}: never types a figure's number by hand`, () => {
      for (const translation of translations) {
        const prose = wordsOf(translation.body);
        for (const figure of figures.values()) {
          const printed = formatQuantity({ ...figure, qualifier: 'exact' }, lang);
          if (printed.length < 3) continue; // 2, 6, 44 … also occur as ordinary words and years
          expect(prose, `${translation.file} types ${printed} (use <Num id="${figure.id}"/>)`).not.toContain(printed);
        }
      }
    });
  }
});

describe('the content passes every check the build makes', () => {
  it('has no problem that lib/content-checks would stop the build for', () => {
    const located = <T extends { id: string }>(folder: string, records: T[]) =>
      records.map((record) => ({ file: `content/${folder}/${record.id}.json`, record }));
    const slugs = [
      ...new Set(
        chapters
          .filter((c) => c.lang === 'zh')
          .sort((a, b) => a.data.order - b.data.order)
          .map((c) => c.data.slug),
      ),
    ];
    const problems = checkContent({
      chapters: slugs,
      figures: located('figures', [...figures.values()]),
      charts: located('charts', readCharts()),
      milestones: located('timeline', readMilestones()),
      texts: chapters.flatMap((c) => (isLocale(c.lang) ? [{ file: c.file, lang: c.lang, chapter: c.data, body: c.body, firstLine: 1 }] : [])),
      glossary: readGlossary(),
    });
    expect(problems).toEqual([]);
  });
});

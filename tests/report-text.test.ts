import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatQuantity } from '../src/lib/numbers';
import { parseJsonRecord } from '../src/lib/json-records';
import { contentDir, paragraphsOf, readChapters, readFigures, readGlossary, readRecords } from './content-files';
import { readReport } from './report';

const figures = new Map(readFigures().map((figure) => [figure.id, figure]));
const chapters = readChapters();
const inLang = (lang: string) => chapters.filter((chapter) => chapter.lang === lang).sort((a, b) => a.data.order - b.data.order);
const numTag = /<Num id="([^"]+)"\s*\/>/g;

/** The text a reader sees, with each <Num/> printed as the page prints it. */
const render = (mdx: string, lang: 'zh' | 'ko' | 'en') =>
  mdx.replace(numTag, (_, id: string) => {
    const figure = figures.get(id);
    if (!figure) throw new Error(`no figure ${id}`);
    return formatQuantity(figure, lang);
  });

describe('the Chinese chapters are the report, paragraph by paragraph', () => {
  const report = readReport();

  it('reproduce every heading and paragraph of the report in order, and nothing else', () => {
    const expected = [...report.blocks];
    for (const chapter of inLang('zh')) {
      if (chapter.data.kind === 'section') expect(chapter.data.title, chapter.file).toBe(expected.shift());
      for (const paragraph of paragraphsOf(chapter.body)) expect(render(paragraph, 'zh'), chapter.file).toBe(expected.shift());
    }
    expect(expected, 'report text not carried by any chapter').toEqual([]);
  });

  it('take the report metadata from the original page, not from memory', () => {
    const meta = parseJsonRecord(readFileSync(join(contentDir, 'report.json'), 'utf8'), 'content/report.json') as Record<string, any>;
    expect(report.title).toBe(meta.title.zh);
    expect(report.subtitle).toBe(meta.subtitle.zh);
    expect(report.banner).toContain(meta.slogan.zh);
    expect(report.banner).toContain(meta.congress.zh);
    expect(report.sourceLine).toContain(meta.sourceNote);
    const [date, time] = meta.published.split('T');
    expect(report.sourceLine).toContain(`发布时间:${date} ${time.slice(0, 8)}`);
  });
});

describe('every figure record matches the sentence it comes from', () => {
  const report = readReport();
  const zh = inLang('zh');

  it.each([...figures.values()].map((figure) => [figure.id, figure] as const))('%s', (id, figure) => {
    expect(report.text, 'source sentence is in the report').toContain(figure.source);
    const citing = zh.filter((chapter) => chapter.body.includes(`<Num id="${id}"/>`));
    expect(citing.map((chapter) => chapter.data.slug), 'cited by exactly one Chinese chapter, its own').toEqual([figure.chapter]);
    // The sentence of the chapter that cites the figure, printed, is the record's source sentence.
    const sentence = citing[0]!.body.split(/(?<=。)/).find((part) => part.includes(`<Num id="${id}"/>`)) ?? '';
    expect(render(sentence.replace(/^[\s\S]*\n/, '').trim(), 'zh')).toBe(figure.source);
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
        const ids = (mdx: string) => [...mdx.matchAll(numTag)].map((m) => m[1]).sort();
        const mine = paragraphsOf(translation.body);
        const theirs = paragraphsOf(original.body);
        expect(mine.length, translation.file).toBe(theirs.length);
        mine.forEach((paragraph, i) => expect(ids(paragraph), `${translation.file} ¶${i + 1}`).toEqual(ids(theirs[i]!)));
      }
    });

    it(`${lang}: never types a figure's number by hand`, () => {
      for (const translation of translations) {
        const prose = translation.body.replace(numTag, '');
        for (const figure of figures.values()) {
          const printed = formatQuantity({ ...figure, qualifier: 'exact' }, lang);
          if (printed.length < 3) continue; // 2, 6, 44 … also occur as ordinary words and years
          expect(prose, `${translation.file} types ${printed} (use <Num id="${figure.id}"/>)`).not.toContain(printed);
        }
      }
    });
  }
});

describe('the glossary is followed everywhere', () => {
  const zh = inLang('zh');
  const normalise = (text: string) => text.replace(/[’‘]/g, "'");
  for (const lang of ['ko', 'en'] as const) {
    it(`${lang}: each programme name reads as the glossary says`, () => {
      const missing: string[] = [];
      for (const original of zh) {
        const translation = inLang(lang).find((t) => t.data.slug === original.data.slug)!;
        const source = `${original.data.title}\n${original.body}`;
        const text = normalise(`${translation.data.title}\n${translation.body}`);
        for (const term of readGlossary()) {
          const used = term.quoted ? source.includes(`“${term.zh}”`) : source.includes(term.zh);
          if (used && !text.includes(normalise(term[lang]))) missing.push(`${translation.file}: ${term.zh} → "${term[lang]}"`);
        }
      }
      expect(missing).toEqual([]);
    });
  }
});

describe('every figure is drawn', () => {
  const charts = readRecords<{ id: string; figures: string[] }>('charts');
  it('appears in at least one chart, and every chart draws known figures', () => {
    const drawn = new Set(charts.flatMap((chart) => chart.figures));
    expect([...figures.keys()].filter((id) => !drawn.has(id))).toEqual([]);
    expect([...drawn].filter((id) => !figures.has(id))).toEqual([]);
  });
  it('each chart is placed once in each language, in its own chapter (or any one, for a chart of the whole report)', () => {
    for (const chart of charts as { id: string; chapter?: string }[]) {
      const placed = chapters.filter((chapter) => chapter.body.includes(`<Figure id="${chart.id}"/>`));
      expect(placed.map((c) => c.lang).sort(), chart.id).toEqual(['en', 'ko', 'zh']);
      const slugs = new Set(placed.map((c) => c.data.slug));
      expect(slugs.size, `${chart.id} is in one chapter in every language`).toBe(1);
      if (chart.chapter) expect([...slugs], chart.id).toEqual([chart.chapter]);
    }
  });
});

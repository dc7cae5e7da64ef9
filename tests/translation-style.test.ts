import { describe, expect, it } from 'vitest';
import { formatQuantity } from '../src/lib/numbers';
import { seoulSpellingsIn } from '../src/lib/korean-style';
import { ko } from '../src/i18n/ui/ko';
import { kioskStrings } from '../src/i18n/ui/kiosk';
import { paragraphsOf, readChapters, readCharts, readFigures, readGlossary, readMilestones, readReportRecord } from './content-files';

/**
 * The translation review's rules, held for every later edit: the Korean keeps the Yanbian norms to the
 * end, the English spells small counts in prose, and the glossary binds the labels of figures, charts
 * and milestones as it binds the chapters.
 */
const figures = new Map(readFigures().map((figure) => [figure.id, figure]));
const chapters = readChapters();
const rendered = (lang: 'ko' | 'en') =>
  chapters
    .filter((chapter) => chapter.lang === lang)
    .map((chapter) => ({
      file: chapter.file,
      text: [
        chapter.data.title,
        chapter.data.summary,
        ...paragraphsOf(chapter.body).map((paragraph) => paragraph.words((id) => formatQuantity(figures.get(id)!, lang, { prose: true }))),
      ].join('\n'),
    }));

const labels = [
  ...readFigures().map((figure) => ({ id: figure.id, ...figure.label })),
  ...readCharts().map((chart) => ({ id: chart.id, ...chart.title })),
  ...readMilestones().map((milestone) => ({ id: milestone.id, ...milestone.label })),
];
const uiStrings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'function'
      ? [String(value('1,000', 'people'))]
      : Array.isArray(value) || typeof value === 'object'
        ? Object.values(value as object).flatMap(uiStrings)
        : [];

describe('Korean follows the Yanbian norms (조선말 규범) to the end', () => {
  // Everything a Korean reader sees: chapters, labels, the timeline's notes on inferred years, the report's
  // own lines (title, slogan…), and the site's and the kiosk's strings.
  const report = readReportRecord();
  const texts = [
    ...rendered('ko'),
    ...labels.map((label) => ({ file: label.id, text: label.ko })),
    ...readMilestones().flatMap((milestone) => (milestone.inferred ? [{ file: `${milestone.id} (inferred)`, text: milestone.inferred.ko }] : [])),
    {
      file: 'content/report.json',
      text: uiStrings(Object.fromEntries(Object.entries(report).map(([key, value]) => [key, (value as { ko?: unknown })?.ko ?? '']))).join('\n'),
    },
    { file: 'src/i18n/ui/ko.ts', text: uiStrings(ko).join('\n') },
    { file: 'src/i18n/ui/kiosk.ts', text: uiStrings(kioskStrings.ko).join('\n') },
  ];
  // 조선말 규범 writes a dependent noun with the word before it: 하는것, 할수 있다, 하는대로 (not 하는 것, 할 수 있다, 하는 대로).
  // The adnominal forms that dependent nouns follow end in a syllable with the final ㄴ or ㄹ (하는, 할).
  const finalOf = (syllable: string) => (syllable.codePointAt(0)! - 0xac00) % 28;
  it.each(texts.map((entry) => [entry.file, entry.text] as const))('%s: dependent nouns written with the word before them', (_, text) => {
    const offending = [...text.matchAll(/([가-힣])\s(것|수\s(?:있|없)|대로)/gu)]
      .filter((m) => [4, 8].includes(finalOf(m[1]!)))
      .map((m) => text.slice(Math.max(0, m.index - 8), m.index + 8));
    expect(offending).toEqual([]);
  });

  it('writes no Seoul spelling the build refuses in a chapter (lib/korean-style.ts: 녀성, 웨브싸이트, 6.5억원 …)', () => {
    // The about page's note is the one place that names the currency: 원(元, 위안).
    const seoul = texts.flatMap(({ file, text }) =>
      seoulSpellingsIn(text.replace('원(元, 위안)', '')).map(({ seoul, yanbian }) => `${file}: ${seoul} → ${yanbian}`),
    );
    expect(seoul).toEqual([]);
    expect(formatQuantity(figures.get('loans-issued')!, 'ko')).toBe('6.5억원');
  });

  it('reads 正职/专职 as 주석 and 상근 부주석, never 정직 (honest) or 전직 (former)', () => {
    for (const { file, text } of texts) expect(text, file).not.toMatch(/정직|전직/);
    expect(labels.find((label) => label.id === 'leadership-vice-full-time')?.ko).toBe('상근 부주석');
  });

  it('says what one mark stands for with its counting word', () => {
    expect(ko.eachMark('1,000', 'people')).toBe('점 하나는 1,000명');
  });
});

describe('English spells out counts under ten in running prose', () => {
  it.each(rendered('en').map((entry) => [entry.file, entry.text] as const))('%s', (_, text) => {
    // A lone digit 1–9 that is not part of a year, a range, "4+1" or a percentage.
    const digits = [...text.matchAll(/(?<![\d.,+–—-])[1-9](?![\d.,%+–—-]| (?:million|billion|yuan))/g)].map((m) =>
      text.slice(Math.max(0, m.index - 20), m.index + 20),
    );
    expect(digits).toEqual([]);
  });
});

describe('labels of figures, charts and milestones follow the glossary too', () => {
  const glossary = readGlossary();
  for (const lang of ['ko', 'en'] as const) {
    it(lang, () => {
      const missing: string[] = [];
      for (const label of labels) {
        // 全州妇联 is "the Women's Federation across the Prefecture", not 州妇联 (the Prefecture Women's Federation).
        const zh = label.zh.replaceAll('全州妇联', '全州 妇联');
        for (const term of glossary) {
          const used = term.quoted ? zh.includes(`“${term.zh}”`) : zh.includes(term.zh);
          if (used && !label[lang].toLowerCase().replace(/’/g, "'").includes(term[lang].toLowerCase()))
            missing.push(`${label.id}: ${term.zh} → "${term[lang]}" (has "${label[lang]}")`);
        }
      }
      expect(missing).toEqual([]);
    });
  }
});

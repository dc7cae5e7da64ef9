import { describe, expect, it } from 'vitest';
import { parallelRows, translatedLanguages, type CollectedText } from './parallel';
import { chapterShape } from './chapter-shape';
import { parseChapter } from './chapter-tree';
import { planChapters } from './chapters';
import { development } from './chapter-shape.fixtures';

const shapeOf = (body: string) => chapterShape(parseChapter(body));
const zh = development.zh;

describe('rows of the parallel page', () => {
  const shape = shapeOf(`${zh}\n<Chart id="development-network"/>\n`);
  const collected = (sectionIds: string[], texts: string[]): CollectedText => ({
    sectionIds,
    headings: new Map(sectionIds.map((id) => [id, `<b>${id}</b>`])),
    paragraphs: new Map(texts.map((text, i) => [`p${i + 1}`, text])),
  });
  const zhText = collected(['创业创新她行动', '乡村振兴巾帼行动'], ['发放各类贷款', '涌现', '第三段']);
  // The renderer may finish its parts in any order: the rows come from the structure, not from it.
  const koText = collected(['창업', '향촌'], ['대출', '배출', '셋째']);
  const reordered: CollectedText = { ...koText, paragraphs: new Map([...koText.paragraphs].reverse()) };

  it('pairs sections by place and paragraphs by id, with each chart once where the structure has it', () => {
    const rows = parallelRows(shape, zhText, reordered);
    expect(rows).toEqual([
      {
        kind: 'section',
        index: 1,
        cells: [
          { id: '创业创新她行动', html: '<b>创业创新她行动</b>' },
          { id: '창업', html: '<b>창업</b>' },
        ],
      },
      {
        kind: 'paragraph',
        id: 'p1',
        cells: [
          { id: 'p1', html: '发放各类贷款' },
          { id: 'p1', html: '대출' },
        ],
      },
      { kind: 'chart', id: 'funds' },
      {
        kind: 'section',
        index: 2,
        cells: [
          { id: '乡村振兴巾帼行动', html: '<b>乡村振兴巾帼行动</b>' },
          { id: '향촌', html: '<b>향촌</b>' },
        ],
      },
      {
        kind: 'paragraph',
        id: 'p2',
        cells: [
          { id: 'p2', html: '涌现' },
          { id: 'p2', html: '배출' },
        ],
      },
      {
        kind: 'paragraph',
        id: 'p3',
        cells: [
          { id: 'p3', html: '第三段' },
          { id: 'p3', html: '셋째' },
        ],
      },
      { kind: 'chart', id: 'development-network' },
    ]);
  });

  it('puts a chart that opens a section right after its heading', () => {
    const opening = shapeOf('## 一\n\n<Chart id="funds"/>\n\n段。\n');
    const rows = parallelRows(opening, collected(['一'], ['段。']), collected(['One'], ['A paragraph.']));
    expect(rows.map((row) => row.kind)).toEqual(['section', 'chart', 'paragraph']);
  });

  it('sets a translator’s note under the paragraph it follows, in its own text’s column', () => {
    const noted: CollectedText = {
      ...koText,
      notes: new Map([
        ['p2', '<b>주</b>'],
        ['p0', '머리'],
      ]),
    };
    const rows = parallelRows(shape, zhText, noted);
    expect(rows.map((row) => (row.kind === 'paragraph' ? row.id : row.kind))).toEqual([
      'note',
      'section',
      'p1',
      'chart',
      'section',
      'p2',
      'note',
      'p3',
      'chart',
    ]);
    expect(rows[0]).toEqual({ kind: 'note', after: 'p0', cells: [undefined, '머리'] });
    expect(rows[6]).toEqual({ kind: 'note', after: 'p2', cells: [undefined, '<b>주</b>'] });
    expect(() => parallelRows(shape, { ...zhText, notes: new Map([['p9', '注']]) }, koText)).toThrow(/first text has a translator's note after p9/);
  });

  it('refuses texts that do not fill the structure rather than shift them', () => {
    expect(() => parallelRows(shape, zhText, collected(['창업', '향촌'], ['대출', '배출']))).toThrow(/second text has no paragraph p3/);
    expect(() => parallelRows(shape, zhText, collected(['창업'], ['대출', '배출', '셋째']))).toThrow(/second text has no heading for section 2/);
    expect(() => parallelRows(shape, zhText, collected(['창업', '향촌'], ['대출', '배출', '셋째', '넷째']))).toThrow(
      /second text has 2 headings and 4 paragraphs; the chapter has 2 and 3/,
    );
  });
});

describe('which languages a chapter can be paired in', () => {
  it('only those with a text of their own, not the original standing in for a missing translation', () => {
    const entry = (lang: string, slug: string, order: number) => ({
      id: `${lang}/${slug}`,
      data: { slug, order, kind: 'prologue' as const, title: slug, shortTitle: slug, summary: slug },
    });
    const plan = planChapters([entry('zh', 'prologue', 0), entry('en', 'prologue', 0), entry('zh', 'untranslated', 1), entry('ko', 'prologue', 0)]);
    expect(translatedLanguages(plan, 'prologue')).toEqual(['zh', 'ko', 'en']);
    expect(translatedLanguages(plan, 'untranslated')).toEqual(['zh']);
  });
});

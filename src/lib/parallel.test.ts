import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { chapterShape, checkAlignment, checkTranslations, parallelRows, translatedLanguages, type CollectedText } from './parallel';
import { planChapters } from './chapters';
import { paragraphIds } from './markdown';

const zh = `## 创业创新她行动

发放各类贷款<Num id="loans-issued"/>,带动扶持<Num id="women-supported"/>名妇女创业就业。

<Figure id="funds"/>

## 乡村振兴巾帼行动

涌现“干净人家”<Num id="clean-households"/>户。

第三段。
`;
const en = `## Her Action

Loans of <Num id="loans-issued"/> have been issued, supporting <Num id="women-supported"/> women.

<Figure id="funds"/>

## Women's Action for Rural Revitalisation

<Num id="clean-households"/> households have emerged as “Clean Homes”.

The third paragraph.
`;
const original = { file: 'chapters/zh/03-development.mdx', shape: chapterShape(zh), firstLine: 10 };
const translated = (body: string) => ({ file: 'chapters/en/03-development.mdx', shape: chapterShape(body), firstLine: 10 });

describe('the shape of a chapter: its sections, paragraphs and charts', () => {
  it('reads sections from ## headings and numbers paragraphs over the whole chapter', () => {
    const shape = chapterShape(zh);
    expect(shape.sections.map((s) => [s.heading, s.paragraphs.map((p) => p.id)])).toEqual([
      [undefined, []],
      ['创业创新她行动', ['p1']],
      ['乡村振兴巾帼行动', ['p2', 'p3']],
    ]);
    expect(shape.sections[1]!.paragraphs[0]).toEqual({ id: 'p1', line: 3, figures: ['loans-issued', 'women-supported'] });
    expect(shape.charts).toEqual([{ id: 'funds', line: 5, section: 1, after: 'p1' }]);
  });

  it('counts paragraphs exactly as the page numbers them (lib/markdown.ts)', () => {
    const body = '开头。\n\n## 节\n\n第一行\n第二行仍是同一段。\n\n> 引文不是顶层段落\n\n- 列表也不是\n\n<Figure id="funds"/>\n\n最后一段。\n';
    const { html } = markdownToHtml(body.replace('<Figure id="funds"/>', ''), { hastPlugins: [paragraphIds] });
    const rendered = [...html.matchAll(/<p id="(p\d+)"/g)].map((m) => m[1]);
    const shape = chapterShape(body);
    expect(shape.sections.flatMap((s) => s.paragraphs.map((p) => p.id))).toEqual(rendered);
    expect(rendered).toEqual(['p1', 'p2', 'p3']);
  });

  it('knows the chart element by its new name too', () => {
    expect(chapterShape('一段。\n\n<Chart id="funds"/>\n').charts).toEqual([{ id: 'funds', line: 3, section: 0, after: 'p1' }]);
  });
});

describe('a translation pairs with the Chinese original, or the build names what is off', () => {
  it('accepts a translation with the same sections, paragraphs, figures and charts', () => {
    expect(checkAlignment(original, translated(en))).toEqual([]);
  });

  it('names the file, the section and the paragraph that has no translation', () => {
    const missing = en.replace('\nThe third paragraph.\n', '');
    const [problem, ...rest] = checkAlignment(original, translated(missing));
    expect(rest).toEqual([]);
    expect(problem).toContain('chapters/en/03-development.mdx:18:');
    expect(problem).toContain('section 2 “Women\'s Action for Rural Revitalisation” has 1 paragraph');
    expect(problem).toContain("the original's paragraph p3 (chapters/zh/03-development.mdx:20) has no translation");
  });

  it('names a paragraph split in two', () => {
    const split = en.replace('supporting', '\n\nsupporting');
    const [problem] = checkAlignment(original, translated(split));
    expect(problem).toMatch(/section 1 “Her Action” has 2 paragraphs, the Chinese original's \(chapters\/zh\/03-development\.mdx:10\) has 1: paragraph p2 \(chapters\/en\/03-development\.mdx:14\) has no counterpart in the original/);
  });

  it('names a missing section heading, and the section it leaves without a counterpart', () => {
    const merged = en.replace("## Women's Action for Rural Revitalisation\n\n", '');
    const problems = checkAlignment(original, translated(merged));
    expect(problems[0]).toMatch(/has 1 section \(## headings\), the Chinese original chapters\/zh\/03-development\.mdx has 2: the original's section 2 “乡村振兴巾帼行动” \(chapters\/zh\/03-development\.mdx:16\) has no counterpart here/);
    expect(problems[1]).toMatch(/section 1 “Her Action” has 3 paragraphs/);
  });

  it('names an extra section', () => {
    const extra = `${en}\n## Our own heading\n\nA paragraph the report does not have.\n`;
    const problems = checkAlignment(original, translated(extra));
    expect(problems[0]).toMatch(/chapters\/en\/03-development\.mdx:2\d: has 3 sections .* section 3 “Our own heading” has no counterpart in the original/);
  });

  it('names a paragraph that cites other figures than its original, as a shifted paragraph would', () => {
    const swapped = en.replace('<Num id="clean-households"/> households', 'Some households');
    const [problem] = checkAlignment(original, translated(swapped));
    expect(problem).toMatch(/:18: paragraph p2 of section 2 .* cites no figure, but the original's p2 \(chapters\/zh\/03-development\.mdx:18\) cites clean-households/);
  });

  it('names a chart that stands elsewhere', () => {
    const moved = en.replace('<Figure id="funds"/>\n\n', '') + '\n<Figure id="funds"/>\n';
    const [problem] = checkAlignment(original, translated(moved));
    expect(problem).toContain('charts “funds” after p3; the Chinese original chapters/zh/03-development.mdx has “funds” after p1');
  });

  it('wants a translator’s note on its own, right after the paragraph it explains (where the parallel view sets it)', () => {
    const chapter = (body: string) => ({ file: 'en/family.mdx', lang: 'en', slug: 'family', body, firstLine: 10 });
    const body = [
      '<TranslatorNote>Opening.</TranslatorNote>',
      'One.',
      '<TranslatorNote>Fine here.</TranslatorNote>',
      '<TranslatorNote>A second one.</TranslatorNote>',
      '## Two',
      '<TranslatorNote>After a heading.</TranslatorNote>',
      'Two, with <TranslatorNote>a note inside</TranslatorNote>.',
      '<Chart id="funds"/>',
      '<TranslatorNote>After a chart.</TranslatorNote>',
    ].join('\n\n');
    expect(checkTranslations([chapter(body)])).toEqual([
      'en/family.mdx:10: <TranslatorNote> stands on its own right after the paragraph it explains, but it opens the chapter.',
      'en/family.mdx:16: <TranslatorNote> stands on its own right after the paragraph it explains, but it follows another note (one note per paragraph: put both in one).',
      'en/family.mdx:20: <TranslatorNote> stands on its own right after the paragraph it explains, but it follows a heading.',
      'en/family.mdx:22: <TranslatorNote> stands on its own right after the paragraph it explains, but it stands inside another element.',
      'en/family.mdx:26: <TranslatorNote> stands on its own right after the paragraph it explains, but it follows <Chart>.',
    ]);
    expect(checkTranslations([chapter('One.\n\n<TranslatorNote>Fine.</TranslatorNote>\n\nTwo.')])).toEqual([]);
  });

  it('checks each translation against the Chinese chapter of the same slug, and leaves broken MDX to the compiler', () => {
    const chapter = (lang: string, slug: string, body: string) => ({ file: `${lang}/${slug}.mdx`, lang, slug, body, firstLine: 10 });
    const problems = checkTranslations([
      chapter('zh', 'development', zh),
      chapter('ko', 'development', en.replace('\nThe third paragraph.\n', '')),
      chapter('en', 'development', en),
      chapter('zh', 'family', '一段。\n\n二段。\n'),
      chapter('en', 'family', 'One.\n'),
      chapter('ko', 'family', '<Figure id="x">'),
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^ko\/development\.mdx:18: section 2 .* p3 \(zh\/development\.mdx:20\) has no translation/);
    expect(problems[1]).toMatch(/^en\/family\.mdx:10: the opening \(before the first ## heading\) has 1 paragraph, .* p2 \(zh\/family\.mdx:12\) has no translation/);
  });

  it('holds for every chapter of the report, in Korean and in English', () => {
    const root = join(import.meta.dirname, '../../content/chapters');
    const body = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const name of readdirSync(join(root, 'zh'))) {
      const source = { file: `zh/${name}`, shape: chapterShape(body(join(root, 'zh', name))) };
      expect(source.shape.sections.flatMap((s) => s.paragraphs).length, name).toBeGreaterThan(0);
      for (const lang of ['ko', 'en']) {
        expect(checkAlignment(source, { file: `${lang}/${name}`, shape: chapterShape(body(join(root, lang, name))) })).toEqual([]);
      }
    }
  });
});

describe('rows of the parallel page', () => {
  const shape = chapterShape(`${zh}\n<Figure id="development-network"/>\n`);
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
      { kind: 'section', index: 1, cells: [{ id: '创业创新她行动', html: '<b>创业创新她行动</b>' }, { id: '창업', html: '<b>창업</b>' }] },
      { kind: 'paragraph', id: 'p1', cells: [{ id: 'p1', html: '发放各类贷款' }, { id: 'p1', html: '대출' }] },
      { kind: 'chart', id: 'funds' },
      { kind: 'section', index: 2, cells: [{ id: '乡村振兴巾帼行动', html: '<b>乡村振兴巾帼行动</b>' }, { id: '향촌', html: '<b>향촌</b>' }] },
      { kind: 'paragraph', id: 'p2', cells: [{ id: 'p2', html: '涌现' }, { id: 'p2', html: '배출' }] },
      { kind: 'paragraph', id: 'p3', cells: [{ id: 'p3', html: '第三段' }, { id: 'p3', html: '셋째' }] },
      { kind: 'chart', id: 'development-network' },
    ]);
  });

  it('puts a chart that opens a section right after its heading', () => {
    const opening = chapterShape('## 一\n\n<Figure id="funds"/>\n\n段。\n');
    const rows = parallelRows(opening, collected(['一'], ['段。']), collected(['One'], ['A paragraph.']));
    expect(rows.map((row) => row.kind)).toEqual(['section', 'chart', 'paragraph']);
  });

  it('sets a translator’s note under the paragraph it follows, in its own text’s column', () => {
    const noted: CollectedText = { ...koText, notes: new Map([['p2', '<b>주</b>'], ['p0', '머리']]) };
    const rows = parallelRows(shape, zhText, noted);
    expect(rows.map((row) => (row.kind === 'paragraph' ? row.id : row.kind))).toEqual(['note', 'section', 'p1', 'chart', 'section', 'p2', 'note', 'p3', 'chart']);
    expect(rows[0]).toEqual({ kind: 'note', after: 'p0', cells: [undefined, '머리'] });
    expect(rows[6]).toEqual({ kind: 'note', after: 'p2', cells: [undefined, '<b>주</b>'] });
    expect(() => parallelRows(shape, { ...zhText, notes: new Map([['p9', '注']]) }, koText)).toThrow(/first text has a translator's note after p9/);
  });

  it('refuses texts that do not fill the structure rather than shift them', () => {
    expect(() => parallelRows(shape, zhText, collected(['창업', '향촌'], ['대출', '배출']))).toThrow(/second text has no paragraph p3/);
    expect(() => parallelRows(shape, zhText, collected(['창업'], ['대출', '배출', '셋째']))).toThrow(/second text has no heading for section 2/);
    expect(() => parallelRows(shape, zhText, collected(['창업', '향촌'], ['대출', '배출', '셋째', '넷째']))).toThrow(/second text has 2 headings and 4 paragraphs; the chapter has 2 and 3/);
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

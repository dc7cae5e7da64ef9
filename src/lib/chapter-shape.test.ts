import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { chapterShape } from './chapter-shape';
import { parseChapter } from './chapter-tree';
import { paragraphIds } from './markdown';
import { development } from './chapter-shape.fixtures';

const shapeOf = (body: string) => chapterShape(parseChapter(body));
const zh = development.zh;

describe('the shape of a chapter: its sections, paragraphs and charts', () => {
  it('reads sections from ## headings and numbers paragraphs over the whole chapter', () => {
    const shape = shapeOf(zh);
    expect(shape.sections.map((s) => [s.heading, s.paragraphs.map((p) => p.id)])).toEqual([
      [undefined, []],
      ['创业创新她行动', ['p1']],
      ['乡村振兴巾帼行动', ['p2', 'p3']],
    ]);
    expect(shape.sections[1]!.paragraphs[0]).toEqual({ id: 'p1', line: 3, figures: ['loans-issued', 'women-supported'] });
    expect(shape.charts).toEqual([{ id: 'funds', line: 5, section: 1, after: 'p1' }]);
  });

  it('counts paragraphs exactly as the page numbers them (lib/markdown.ts)', () => {
    const body = '开头。\n\n## 节\n\n第一行\n第二行仍是同一段。\n\n> 引文不是顶层段落\n\n- 列表也不是\n\n<Chart id="funds"/>\n\n最后一段。\n';
    const { html } = markdownToHtml(body.replace('<Chart id="funds"/>', ''), { hastPlugins: [paragraphIds] });
    const rendered = [...html.matchAll(/<p id="(p\d+)"/g)].map((m) => m[1]);
    const shape = shapeOf(body);
    expect(shape.sections.flatMap((s) => s.paragraphs.map((p) => p.id))).toEqual(rendered);
    expect(rendered).toEqual(['p1', 'p2', 'p3']);
  });

  it('places a chart after the paragraph it follows', () => {
    expect(shapeOf('一段。\n\n<Chart id="funds"/>\n').charts).toEqual([{ id: 'funds', line: 3, section: 0, after: 'p1' }]);
  });

  it('reads citations however the attribute is written, and nothing inside a comment', () => {
    const shape = shapeOf(
      'A <Num id = "a" /> and <Num id=\'b\'/>{/* <Num id="c"/> */}.\n\n{/* <Chart id="funds"/> */}\n\n<TranslatorNote>Note.</TranslatorNote>\n',
    );
    expect(shape.sections[0]!.paragraphs).toEqual([{ id: 'p1', line: 1, figures: ['a', 'b'] }]);
    expect(shape.charts).toEqual([]);
    // A comment between a paragraph and its note does not separate them.
    expect(shape.misplacedNotes).toEqual([]);
  });
});

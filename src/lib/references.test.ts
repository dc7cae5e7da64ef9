import { describe, expect, it } from 'vitest';
import { parseChapter } from './chapter-tree';
import { checkReferences as checkTree, findReferences as findInTree, type KnownIds } from './references';

/** The rules read a chapter's one tree (lib/chapter-tree.ts); these tests write the MDX an editor writes. */
const findReferences = (body: string) => findInTree(parseChapter(body));
const checkReferences = (file: string, body: string, ids: KnownIds, firstLine?: number) => checkTree(file, parseChapter(body), ids, firstLine);

const known = { figures: new Set(['loans-issued']), charts: new Set(['development-funds']), chapters: new Set(['family']) };

describe('figure and chart ids in MDX are checked before anything renders', () => {
  it('finds each citation with its line', () => {
    const body = 'text\n发放各类贷款<Num id="loans-issued"/>,\n\n<Chart id="development-funds" />\n<KeyFigures chapter="family"/>';
    expect(findReferences(body)).toEqual([
      { component: 'Num', attribute: 'id', value: 'loans-issued', line: 2 },
      { component: 'Chart', attribute: 'id', value: 'development-funds', line: 4 },
      { component: 'KeyFigures', attribute: 'chapter', value: 'family', line: 5 },
    ]);
  });

  it('accepts ids that exist', () => {
    expect(checkReferences('a.mdx', '<Num id="loans-issued"/> <Chart id="development-funds"/>', known)).toEqual([]);
  });

  it('names the file, the line and the unknown id', () => {
    expect(checkReferences('content/chapters/en/03-development.mdx', '\n\n<Num id="loans"/>', known)).toEqual([
      'content/chapters/en/03-development.mdx:3: <Num id="loans"> names nothing in content/figures/',
    ]);
    expect(checkReferences('a.mdx', '<KeyFigures chapter="famly"/>', known)).toEqual([
      'a.mdx:1: <KeyFigures chapter="famly"> names nothing in content/chapters/zh/ (a slug)',
    ]);
  });

  it('counts lines as the editor sees them, after the frontmatter', () => {
    expect(checkReferences('a.mdx', '\n<Num id="x"/>', known, 9)[0]).toMatch(/^a\.mdx:10: /);
  });

  it('points an editor who puts a number in <Chart> to <Num>', () => {
    expect(checkReferences('a.mdx', '<Chart id="loans-issued"/>', known)[0]).toContain('cite it inline with <Num id="loans-issued"/>');
  });

  it('tells an editor who writes the old <Figure> what to write instead', () => {
    expect(checkReferences('a.mdx', 'x\n<Figure id="development-funds"/>', known)).toEqual([
      'a.mdx:2: <Figure> is now called <Chart>: write <Chart id="development-funds"/>',
    ]);
    expect(findReferences('<Figure id="development-funds"/>')).toEqual([]);
  });

  it('reads an attribute however it is quoted or spaced, and nothing inside a comment', () => {
    const body = '<Num id = "loans-issued" /> <Num id=\'loans-issued\'/>{/* <Num id="gone"/> */}\n\n{/* <Chart id="gone"/> */}';
    expect(findReferences(body).map((reference) => reference.value)).toEqual(['loans-issued', 'loans-issued']);
    expect(checkReferences('a.mdx', body, known)).toEqual([]);
  });

  it('reports a citation without its id', () => {
    expect(checkReferences('a.mdx', '<Num />', known)).toEqual(['a.mdx:1: <Num> needs id="…"']);
  });
});

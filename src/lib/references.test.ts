import { describe, expect, it } from 'vitest';
import { checkReferences, findReferences } from './references';

const known = { figures: new Set(['loans-issued']), charts: new Set(['development-funds']), chapters: new Set(['family']) };

describe('figure and chart ids in MDX are checked before anything renders', () => {
  it('finds each citation with its line', () => {
    const body = 'text\n发放各类贷款<Num id="loans-issued"/>,\n\n<Figure id="development-funds" />\n<KeyFigures chapter="family"/>';
    expect(findReferences(body)).toEqual([
      { component: 'Num', attribute: 'id', value: 'loans-issued', line: 2 },
      { component: 'Figure', attribute: 'id', value: 'development-funds', line: 4 },
      { component: 'KeyFigures', attribute: 'chapter', value: 'family', line: 5 },
    ]);
  });

  it('accepts ids that exist', () => {
    expect(checkReferences('a.mdx', '<Num id="loans-issued"/> <Figure id="development-funds"/>', known)).toEqual([]);
  });

  it('names the file, the line and the unknown id', () => {
    expect(checkReferences('content/chapters/en/03-development.mdx', '\n\n<Num id="loans"/>', known)).toEqual([
      'content/chapters/en/03-development.mdx:3: <Num id="loans"> names nothing in content/figures/',
    ]);
  });

  it('counts lines as the editor sees them, after the frontmatter', () => {
    expect(checkReferences('a.mdx', '\n<Num id="x"/>', known, 9)[0]).toMatch(/^a\.mdx:10: /);
  });

  it('points an editor who puts a number in <Figure> to <Num>', () => {
    expect(checkReferences('a.mdx', '<Figure id="loans-issued"/>', known)[0]).toContain('cite it inline with <Num id="loans-issued"/>');
  });

  it('reports a citation without its id', () => {
    expect(checkReferences('a.mdx', '<Num />', known)).toEqual(['a.mdx:1: <Num> needs id="…"']);
  });
});

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxSafetyProblems } from './mdx-safety';

const file = 'content/chapters/en/04-family.mdx';
const check = (body: string) => mdxSafetyProblems(file, body, { firstLine: 10 });

describe('a chapter body holds text, the site’s components and a little inline HTML', () => {
  it('accepts what the chapters use', () => {
    expect(check('Loans of <Num id="loans-issued"/> were issued.\n\n<Chart id="funds"/>\n\n<Figure id="funds"/>\n\n<KeyFigures chapter="family"/>')).toEqual([]);
    expect(check('A quotation: <span lang="zh-CN">巾帼</span>, a line<br/>break, x<sup>2</sup>, <https://example.org>.')).toEqual([]);
  });

  it('refuses a component written in lower case, where the number would vanish', () => {
    expect(check('Intro.\n\nIt held <num id="lectures"/> lectures.')).toEqual([
      'content/chapters/en/04-family.mdx:12: <num> is written in lower case: components start with a capital letter, <Num …/>; as written the number would vanish from the page',
    ]);
    expect(check('<chart id="funds"/>')).toEqual([
      'content/chapters/en/04-family.mdx:10: <chart> is written in lower case: components start with a capital letter, <Chart …/>; as written the component would vanish from the page',
    ]);
  });

  it('refuses an unknown component, suggesting the one meant', () => {
    expect(check('<Chart2 id="funds"/>')).toEqual([
      'content/chapters/en/04-family.mdx:10: <Chart2> is not a component of the site. Did you mean <Chart>? Chapters use <Num id="…"/>, <Chart id="…"/>, <KeyFigures chapter="…"/>',
    ]);
    expect(check('<Gallery/>')).toEqual([
      'content/chapters/en/04-family.mdx:10: <Gallery> is not a component of the site. Chapters use <Num id="…"/>, <Chart id="…"/>, <KeyFigures chapter="…"/>',
    ]);
  });

  it('refuses scripts, event handlers and javascript: links', () => {
    expect(check('Text.\n<script>alert(1)</script>')).toEqual([
      'content/chapters/en/04-family.mdx:11: <script> is not allowed in a chapter: content runs no code (use <Num id="…"/>, <Chart id="…"/>, <KeyFigures chapter="…"/>)',
    ]);
    expect(check('<span onerror="alert(1)">x</span>')).toEqual([
      'content/chapters/en/04-family.mdx:10: onerror= is not allowed: content carries no event handlers (a chapter is text, figures and charts)',
    ]);
    expect(check('[click](javascript:alert(1)) and <span title="a > b" onClick={x}>y</span>')).toEqual([
      'content/chapters/en/04-family.mdx:10: a javascript: link is not allowed: a link goes to an http(s) address or a page of the site',
      'content/chapters/en/04-family.mdx:10: onClick= is not allowed: content carries no event handlers (a chapter is text, figures and charts)',
    ]);
    expect(check('<a href="javascript:void(0)">x</a>')).toEqual([
      'content/chapters/en/04-family.mdx:10: <a> is not allowed in a chapter: write text, <Num id="…"/>, <Chart id="…"/>, <KeyFigures chapter="…"/>, and only inline HTML (span, br, sup, sub, em, strong, b, i, q, cite, abbr, small, mark, wbr, ruby, rt, rp)',
      'content/chapters/en/04-family.mdx:10: a javascript: link is not allowed: a link goes to an http(s) address or a page of the site',
    ]);
    expect(check('<iframe src="https://example.org"></iframe>')[0]).toMatch(/:10: <iframe> is not allowed in a chapter/);
  });

  it('reads nothing inside an MDX comment', () => {
    expect(check('{/* Write <num id="x"/> here, no <script> */}\n\nText.')).toEqual([]);
  });

  it('finds nothing wrong in the report’s own chapters', () => {
    const root = join(import.meta.dirname, '../../content/chapters');
    const problems = readdirSync(root).flatMap((lang) =>
      readdirSync(join(root, lang)).flatMap((name) => mdxSafetyProblems(`${lang}/${name}`, readFileSync(join(root, lang, name), 'utf8'))),
    );
    expect(problems).toEqual([]);
  });
});

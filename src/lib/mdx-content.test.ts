import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChapter } from './chapter-tree';
import { mdxContentProblems, schemeOf } from './mdx-content';

const file = 'content/chapters/en/04-family.mdx';
const check = (body: string) => mdxContentProblems(file, parseChapter(body), { firstLine: 10 });
const at = (line: number) => `${file}:${line}`;

describe('a chapter body holds text, the site’s components and a little inline HTML', () => {
  it('accepts what the chapters use', () => {
    expect(
      check('Loans of <Num id="loans-issued"/> were issued.\n\n<Chart id="funds"/>\n\n<Figure id="funds"/>\n\n<KeyFigures chapter="family"/>'),
    ).toEqual([]);
    expect(
      check(
        'A quotation: <span lang="zh-CN">巾帼</span>, a line<br/>break, x<sup>2</sup>, [a site](https://example.org), [mail](mailto:a@example.org), [a page](../family/#p2).',
      ),
    ).toEqual([]);
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
    expect(check('[click](javascript:alert(1)) and <span title="a > b" onClick="x">y</span>')).toEqual([
      'content/chapters/en/04-family.mdx:10: a javascript: link is not allowed: a link goes to an http(s) or mailto: address, or to a page of the site',
      'content/chapters/en/04-family.mdx:10: onClick= is not allowed: content carries no event handlers (a chapter is text, figures and charts)',
    ]);
    expect(check('<a href="javascript:void(0)">x</a>')).toEqual([
      'content/chapters/en/04-family.mdx:10: <a> is not allowed in a chapter: write text, <Num id="…"/>, <Chart id="…"/>, <KeyFigures chapter="…"/>, and only inline HTML (span, br, sup, sub, em, strong, b, i, q, cite, abbr, small, mark, wbr, ruby, rt, rp)',
      'content/chapters/en/04-family.mdx:10: a javascript: link is not allowed: a link goes to an http(s) or mailto: address, or to a page of the site',
    ]);
    expect(check('<iframe src="https://example.org"></iframe>')[0]).toMatch(/:10: <iframe> is not allowed in a chapter/);
  });

  it('reads nothing inside an MDX comment', () => {
    expect(check('{/* Write <num id="x"/> here, no <script> */}\n\nText {/* a note */} and more.')).toEqual([]);
  });
});

describe('a chapter runs no code: what printed the build machine’s secrets is refused before it runs', () => {
  const braces = 'braces run JavaScript. Write the text itself, a figure as <Num id="…"/>, a comment as {/* … */}, a brace as \\{';
  it('refuses an expression in the text or between paragraphs', () => {
    expect(check('Home: {process.env.HOME}.')).toEqual([`${at(10)}: {process.env.HOME} is not allowed in a chapter: ${braces}`]);
    expect(check("Text.\n\n{(() => { process.getBuiltinModule('fs').writeFileSync('/tmp/pwned', 'x') })()}")).toEqual([
      `${at(12)}: {(() => { process.getBuiltinModule('fs')…} is not allowed in a chapter: ${braces}`,
    ]);
    // Code after a comment is still code.
    expect(check('{/* a */ process.env.HOME}')).toHaveLength(1);
  });

  it('refuses import and export', () => {
    const code =
      'a chapter is text, not code, and the site\'s components need no import. Write <Num id="…"/>, <Chart id="…"/>, <KeyFigures chapter="…"/> as they are';
    expect(check("import { readFileSync } from 'node:fs'\n\n{readFileSync('/etc/hostname', 'utf8')}")).toEqual([
      `${at(10)}: import is not allowed in a chapter: ${code}`,
      `${at(12)}: {readFileSync('/etc/hostname', 'utf8')} is not allowed in a chapter: ${braces}`,
    ]);
    expect(check('Text.\n\nexport const year = 2019')).toEqual([`${at(12)}: export is not allowed in a chapter: ${code}`]);
    expect(check("import fs from 'node:fs'\nexport const ran = fs.readFileSync('/etc/hostname')\n\nText.")).toEqual([
      `${at(10)}: import is not allowed in a chapter: ${code}`,
      `${at(11)}: export is not allowed in a chapter: ${code}`,
    ]);
  });

  it('refuses attribute values in braces and spread attributes, even on the site’s own components', () => {
    expect(check('<Num id={"loans-issued"}/> <span {...{ onClick: "alert(1)" }}>x</span>')).toEqual([
      `${at(10)}: <Num id={…}>: an attribute's value is written in quotes, id="…": braces run JavaScript`,
      `${at(10)}: <span {…}>: spread attributes are not allowed: braces run JavaScript. Write each attribute as name="value"`,
    ]);
  });
});

describe('a chapter puts no HTML of its own on the page: what sent readers elsewhere is refused', () => {
  const directive = (name: string) =>
    `${name} is not allowed in a chapter: Astro's directives put raw HTML or code on the page. Write the text in Markdown`;
  it('refuses set:html, set:text and every other directive', () => {
    expect(check('<span set:html="<meta http-equiv=&quot;refresh&quot; content=&quot;0;url=https://example.com&quot;>">x</span>')).toEqual([
      `${at(10)}: ${directive('set:html')}`,
    ]);
    expect(check('<span set:text="x" is:raw client:load>y</span>')).toEqual([
      `${at(10)}: ${directive('set:text')}`,
      `${at(10)}: ${directive('is:raw')}`,
      `${at(10)}: ${directive('client:load')}`,
    ]);
  });

  it('refuses elements that embed, run, style or redirect', () => {
    for (const name of ['script', 'style', 'meta', 'link', 'base', 'iframe', 'object', 'embed', 'form', 'img', 'a', 'svg']) {
      expect(check(`<${name}/>`), name).toEqual([
        name === 'script'
          ? `${at(10)}: <script> is not allowed in a chapter: content runs no code (use <Num id="…"/>, <Chart id="…"/>, <KeyFigures chapter="…"/>)`
          : `${at(10)}: <${name}> is not allowed in a chapter: write text, <Num id="…"/>, <Chart id="…"/>, <KeyFigures chapter="…"/>, and only inline HTML (span, br, sup, sub, em, strong, b, i, q, cite, abbr, small, mark, wbr, ruby, rt, rp)`,
      ]);
    }
  });

  it('refuses a style of its own', () => {
    expect(check('<span style="color:red">x</span>')).toEqual([
      `${at(10)}: style= is not allowed in a chapter: the site's stylesheet sets the look in every language (and its security policy blocks styles written in the page)`,
    ]);
  });

  it('refuses an event handler in any spelling', () => {
    const handler = (name: string) => `${at(10)}: ${name}= is not allowed: content carries no event handlers (a chapter is text, figures and charts)`;
    expect(check('<span onClick="a" ONERROR="b" on-click="c">x</span>')).toEqual([handler('onClick'), handler('ONERROR'), handler('on-click')]);
  });

  it('refuses a link whose scheme is not http(s) or mailto, however it is encoded', () => {
    const link = (scheme: string) => `${at(10)}: a ${scheme}: link is not allowed: a link goes to an http(s) or mailto: address, or to a page of the site`;
    expect(check('[a](jav&#x61;script:alert(1))')).toEqual([link('javascript')]);
    expect(check('[a](<java\tscript:alert(1)>)')).toEqual([link('javascript')]);
    expect(check('<q cite="&#106;avascript:x">y</q>')).toEqual([link('javascript')]);
    expect(check('[a](data:text/html,x) [b][c]\n\n[c]: vbscript:x')).toEqual([
      link('data'),
      `${at(12)}: a vbscript: link is not allowed: a link goes to an http(s) or mailto: address, or to a page of the site`,
    ]);
    expect(schemeOf(' J&#x41;VA\u0000SCRIPT:x')).toBe('javascript');
    expect(schemeOf('&amp;#106;avascript:x')).toBe('javascript');
    expect(schemeOf('../family/#p2')).toBeUndefined();
  });

  it('refuses a remote image', () => {
    const remote = (address: string) =>
      `${at(10)}: the image ${address} is on another site, and the site loads nothing from elsewhere (the kiosk is offline): save the image beside the chapter and write ![what it shows](./name.png)`;
    expect(check('![a chart](https://example.org/chart.png)')).toEqual([remote('https://example.org/chart.png')]);
    expect(check('![a chart](//example.org/chart.png)')).toEqual([remote('//example.org/chart.png')]);
    expect(check('<img src="https://example.org/x.png"/>')[1]).toBe(remote('https://example.org/x.png'));
    expect(check('![a chart](/charts/funds.png)')).toEqual([]);
  });

  it('refuses an image missing from the chapter’s folder, when asked to look, at its line', () => {
    const files = ['./photo.jpg'];
    const withFiles = (body: string) => mdxContentProblems(file, parseChapter(body), { firstLine: 10, imageExists: (image) => files.includes(image) });
    expect(withFiles('![a photo](./photo.jpg)\n\nText ![a photo](./missing.jpg).')).toEqual([
      `${at(12)}: the image ./missing.jpg is not there: an image's address is relative to the chapter's folder; check the file's name and folder`,
    ]);
    // In a code block it is an example, not an image.
    expect(withFiles('```\n![a photo](./missing.jpg)\n```')).toEqual([]);
    expect(check('![a photo](./missing.jpg)')).toEqual([]);
  });

  it('refuses a second title, "# " or underlined with ===, but not a # in code or text', () => {
    const title = (line: number) =>
      `${at(line)}: a "# " heading would be a second title on the page (the title is the frontmatter's title): write "## " for a heading in a chapter`;
    expect(check('Text.\n\n# A title\n\nA title\n===')).toEqual([title(12), title(14)]);
    expect(check('## A section\n\n#5 is a number\n\n```\n# a comment\n```')).toEqual([]);
  });

  it('finds nothing wrong in the report’s own chapters', () => {
    const root = join(import.meta.dirname, '../../content/chapters');
    const problems = readdirSync(root).flatMap((lang) =>
      readdirSync(join(root, lang)).flatMap((name) => mdxContentProblems(`${lang}/${name}`, parseChapter(readFileSync(join(root, lang, name), 'utf8')))),
    );
    expect(problems).toEqual([]);
  });
});

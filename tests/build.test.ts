/**
 * An editor's mistake stops the build with the file, the field and what is expected, and the site that
 * was there stays exactly as it was. Each case builds a copy of the content with one mistake in it.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, buildWith, contentCopy, edit, root } from './builds';

/** What an editor must not have to read: the bundler's and Astro's internals, or its hints. */
const noise = /Stack trace|route-cache|node_modules\/astro|MODULE_LEVEL_DIRECTIVE|\[vite\]|at async|Hint|Error reference/;

/** The line of lectures.json that a trailing comma goes after: its last property, just above the closing brace. */
const lastPropertyLine = readFileSync(join(root, 'content/figures/lectures.json'), 'utf8').trimEnd().split('\n').length - 1;

/** One mistake an editor can make: in which file, how, and what the build must say about it. */
interface Mistake {
  name: string;
  file: string;
  change: (text: string) => string;
  says: RegExp[];
}

const mistakes: Mistake[] = [
  {
    name: 'a wrong field in a chapter’s frontmatter, at the line that sets it',
    file: 'chapters/en/04-family.mdx',
    change: (text) => text.replace('order: 4', 'order: four'),
    says: [/chapters\/en\/04-family\.mdx:3: order: expected a whole number/],
  },
  {
    name: 'an unknown chart id in a chapter, and the component’s old name with advice',
    file: 'chapters/ko/03-development.mdx',
    change: (text) => text.replace('<Chart id="funds"/>', '<Chart id="fundz"/>\n\n<Figure id="funds"/>'),
    says: [
      /chapters\/ko\/03-development\.mdx:1\d: <Chart id="fundz"> names nothing in content\/charts\//,
      // Not Astro's "you likely forgot to import".
      /chapters\/ko\/03-development\.mdx:\d+: <Figure> is now called <Chart>: write <Chart id="funds"\/>/,
    ],
  },
  {
    // The Korean epilogue's two paragraphs joined into one: every later pair would be off by one.
    name: 'a translation with a paragraph fewer than the Chinese original (parallel reading would shift)',
    file: 'chapters/ko/07-epilogue.mdx',
    change: (text) => text.replace(/(\S)\n\n(?=\S)(?![\s\S]*\n\n\S)/, '$1 '),
    says: [
      /chapters\/ko\/07-epilogue\.mdx:10: the opening \(before the first ## heading\) has 1 paragraph, the Chinese original's \(.*chapters\/zh\/07-epilogue\.mdx:10\) has 2: the original's paragraph p2 \(.*chapters\/zh\/07-epilogue\.mdx:12\) has no translation/,
    ],
  },
  {
    name: 'a translation without one of the original’s section headings',
    file: 'chapters/en/04-family.mdx',
    change: (text) => text.replace(/\n## Family Education\n/, '\n'),
    says: [
      /chapters\/en\/04-family\.mdx:11: has 1 section \(## headings\), the Chinese original .*chapters\/zh\/04-family\.mdx has 2: the original's section 2 “家庭教育” \(.*chapters\/zh\/04-family\.mdx:17\) has no counterpart here/,
      /chapters\/en\/04-family\.mdx:18: section 1 “Most Beautiful Families” has 2 paragraphs, .* paragraph p2 \(.*chapters\/en\/04-family\.mdx:18\) has no counterpart in the original/,
    ],
  },
  {
    name: 'a figure record with a value its schema does not allow',
    file: 'figures/loans-issued.json',
    change: (text) => text.replace('"qualifier": "exact"', '"qualifier": "about"'),
    says: [/figures\/loans-issued\.json(:\d+)?: qualifier/],
  },
  {
    name: 'a schema problem: the file, the line and the field',
    file: 'figures/lectures.json',
    change: (text) => text.replace('"value": 3795', '"value": -3795'),
    says: [/figures\/lectures\.json:3: value: must be positive \(more than 0\): the number as the report gives it, e\.g\. 650000000 for 6\.5亿/],
  },
  {
    name: 'a missing field, named as missing',
    file: 'figures/lectures.json',
    change: (text) => text.replace(/^\s*"source": .*\n/m, ''),
    says: [/figures\/lectures\.json: source: missing; this field is required\n/],
  },
  {
    name: 'a trailing comma in a JSON record, on the comma’s own line',
    file: 'figures/lectures.json',
    change: (text) => {
      const lines = text.trimEnd().split('\n');
      lines[lastPropertyLine - 1] += ',';
      return lines.join('\n');
    },
    says: [new RegExp(`figures/lectures\\.json:${lastPropertyLine}:\\d+: a comma after the last item of a list or object: remove this comma`)],
  },
  {
    name: 'broken MDX: the file, line and column of the mistake',
    file: 'chapters/zh/05-rights.mdx',
    change: (text) => text.replace('<Chart id="rights-screening"/>', '<Chart id="rights-screening">'),
    says: [/chapters\/zh\/05-rights\.mdx:\d+:1: Expected a closing tag for `<Chart>`/],
  },
];

describe('a broken content file stops the build, names the file and field, and keeps the last site', () => {
  it.each(mistakes.map((mistake, index) => ({ ...mistake, index })))('$name', ({ index, file, change, says }) => {
    const result = buildWith(`mistake-${index}`, (content) => edit(join(content, file), change));
    expect(result.status, result.output).not.toBe(0);
    for (const words of says) expect(result.output).toMatch(words);
    expect(result.output).not.toMatch(noise);
    expect(result.site).toEqual(['index.html']);
    expect(result.index).toBe('the last good site');
  }, 300_000);
});

describe('a build prints the problems and nothing else, in words an editor can act on', () => {
  it('a cross-file problem: file, line and what is wrong, without Astro’s locations or a stack trace', () => {
    const result = buildWith('quiet', (content) =>
      edit(join(content, 'chapters/ko/03-development.mdx'), (text) => text.replace('<Chart id="funds"/>', '<Chart id="fundz"/>')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output.trim().split('\n')).toEqual([
      'The content has 1 problem:',
      expect.stringMatching(/^ {2}- node_modules\/\.cache\/yinji\/content-broken-quiet\/chapters\/ko\/03-development\.mdx:1\d: <Chart id="fundz"> names nothing in content\/charts\/$/),
      '',
      expect.stringMatching(/^The build failed; \/.*\/dist\/ is unchanged\.$/),
    ]);
  }, 300_000);
});

describe('files saved on Windows build like any other', () => {
  it('a byte-order mark in JSON and MDX, and CRLF line endings in MDX, build the same site; a good build prints only a summary', () => {
    const content = contentCopy('windows', (content) => {
      const withBom = (file: string) => edit(join(content, file), (text) => `\uFEFF${text}`);
      withBom('figures/lectures.json');
      withBom('glossary.json');
      for (const file of ['chapters/zh/04-family.mdx', 'chapters/ko/04-family.mdx', 'chapters/en/02-outreach.mdx']) {
        edit(join(content, file), (text) => text.replace(/\n/g, '\r\n'));
      }
      withBom('chapters/ko/04-family.mdx');
    });
    const out = join(mkdtempSync(join(tmpdir(), 'yinji-windows-')), 'dist');
    const run = build(['--out', out], { YINJI_CONTENT: content });
    try {
      expect(run.status, run.output).toBe(0);
      expect(run.output.trim().split('\n')).toEqual([
        expect.stringMatching(/^Built \/.*\/dist\/ in [\d.]+ s: \d+ pages; search covers \d+ pages in en, ko, zh-cn\.$/),
        'Links name https://example.org; set SITE_URL to the public origin when publishing.',
      ]);
      const page = readFileSync(join(out, 'ko/family/index.html'), 'utf8');
      expect(page).not.toContain('\uFEFF');
      expect(page).not.toContain('---');
      expect(readFileSync(join(out, 'en/outreach/index.html'), 'utf8')).toMatch(/<p id="p1"/);
    } finally {
      rmSync(join(out, '..'), { recursive: true, force: true });
    }
  }, 300_000);
});

describe('publishing is safe', () => {
  const tree = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((file) => !statSync(join(dir, file)).isDirectory())
        .sort()
        .map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]),
    );

  it('the same commit builds to byte-identical output: no timestamps, no random ids', () => {
    const outs = [1, 2].map(() => join(mkdtempSync(join(tmpdir(), 'yinji-same-')), 'dist'));
    for (const out of outs) {
      const run = build(['--out', out]);
      expect(run.status, run.output).toBe(0);
    }
    const [first, second] = outs.map(tree);
    for (const out of outs) rmSync(join(out, '..'), { recursive: true, force: true });
    expect(Object.keys(first!).length).toBeGreaterThan(40);
    expect(second).toEqual(first);
  }, 120_000);
});

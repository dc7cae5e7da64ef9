/**
 * An editor's mistake stops the build with the file, the field and what is expected, and the site that
 * was there stays exactly as it was. Each case builds a copy of the content with one mistake in it.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  it.each(mistakes.map((mistake, index) => ({ ...mistake, index })))(
    '$name',
    ({ index, file, change, says }) => {
      const result = buildWith(`mistake-${index}`, (content) => edit(join(content, file), change));
      expect(result.status, result.output).not.toBe(0);
      for (const words of says) expect(result.output).toMatch(words);
      expect(result.output).not.toMatch(noise);
      expect(result.site).toEqual(['index.html']);
      expect(result.index).toBe('the last good site');
    },
    300_000,
  );
});

describe('a build prints the problems and nothing else, in words an editor can act on', () => {
  it('a cross-file problem: file, line and what is wrong, without Astro’s locations or a stack trace', () => {
    const result = buildWith('quiet', (content) =>
      edit(join(content, 'chapters/ko/03-development.mdx'), (text) => text.replace('<Chart id="funds"/>', '<Chart id="fundz"/>')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output.trim().split('\n')).toEqual([
      'The content has 1 problem:',
      expect.stringMatching(
        /^ {2}- node_modules\/\.cache\/yinji\/content-broken-quiet\/chapters\/ko\/03-development\.mdx:1\d: <Chart id="fundz"> names nothing in content\/charts\/$/,
      ),
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
        .map((file) => [
          file,
          createHash('sha256')
            .update(readFileSync(join(dir, file)))
            .digest('hex'),
        ]),
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

describe('every content file’s own mistakes come together in one build, each at the editor’s line, in words', () => {
  // One build for all of them: the build promises to list every problem of every file at once.
  const cases: { file: string; mistake: (text: string) => string | Buffer; message: string }[] = [
    {
      file: 'chapters/zh/01-planning.mdx',
      mistake: (text) => text.replace(/^title: .*$/m, 'title: 2019'),
      message: ':6: title: expected text, but 2019 is read as a number: put it in double quotes, title: "2019"',
    },
    {
      file: 'chapters/ko/04-family.mdx',
      mistake: (text) => text.replace(/^title: .*$/m, 'title: 제4장: 가정'),
      message:
        ':6: title: the text has a colon followed by a space, which YAML reads as the start of another field: put the whole text in double quotes, title: "제4장: 가정"',
    },
    {
      file: 'chapters/en/04-family.mdx',
      mistake: (text) => text.replace(/\n---\n/, '\n\n'),
      message:
        ':1: the frontmatter that starts with --- on line 1 is never closed: add a line with only --- after the last field (summary: …), before the text',
    },
    {
      file: 'chapters/en/02-outreach.mdx',
      mistake: (text) => text.replace(/^shortTitle:/m, 'shorttitle:'),
      message:
        ':7: "shorttitle" is not a field of a chapter; did you mean "shortTitle"? (the fields are: slug, order, kind, section, title, shortTitle, summary, draft)',
    },
    {
      file: 'chapters/ko/02-outreach.mdx',
      mistake: (text) => text.replace(/\n---\n/, '\n---\n\n# 사상인도\n'),
      message: `:11: a "# " heading would be a second title on the page (the title is the frontmatter's title): write "## " for a heading in a chapter`,
    },
    {
      file: 'chapters/zh/05-rights.mdx',
      mistake: (text) => text.replace(/\n---\n/, '\n---\n\n![合影](./photos/group.jpg)\n'),
      message: `:11: the image ./photos/group.jpg is not there: an image's address is relative to the chapter's folder; check the file's name and folder`,
    },
    {
      file: 'chapters/en/05-rights.mdx',
      mistake: (text) => text.replace(/\n---\n/, '\n---\n\n![A photo](https://example.com/photo.jpg)\n'),
      message:
        ':11: the image https://example.com/photo.jpg is on another site, and the site loads nothing from elsewhere (the kiosk is offline): save the image beside the chapter and write ![what it shows](./name.png)',
    },
    {
      file: 'chapters/ko/06-reform.mdx',
      // 한글 in EUC-KR, as an older Korean Windows editor saves it.
      mistake: (text) => Buffer.concat([Buffer.from(text), Buffer.from([0xc7, 0xd1, 0xb1, 0xdb, 0x0a])]),
      message:
        ': this file is not saved as UTF-8, so its text cannot be read: open it in your editor and save it again with the encoding "UTF-8" (in Notepad: Save as, then Encoding: UTF-8)',
    },
    // JSON records come in the same list.
    {
      file: 'figures/lectures.json',
      mistake: (text) => text.replace('"value": 3795', '"value": -3795'),
      message: ':3: value: must be positive (more than 0): the number as the report gives it, e.g. 650000000 for 6.5亿',
    },
    {
      file: 'charts/development-network.json',
      mistake: (text) => text.replace('"kind":', '"knid":'),
      message: ':3: "knid" is not a field of a chart; did you mean "kind"? (the fields are: chapter, kind, figures, per, title)',
    },
    {
      file: 'timeline/congress-11.json',
      mistake: (text) => text.replace(/\n\}\s*$/, ',\n}\n'),
      message: ':14:4: a comma after the last item of a list or object: remove this comma',
    },
  ];

  it('lists them all, names each file, and keeps the last site', () => {
    const result = buildWith('chapter-files', (content) => {
      for (const { file, mistake } of cases) writeFileSync(join(content, file), mistake(readFileSync(join(content, file), 'utf8')));
    });
    expect(result.status).not.toBe(0);
    const problems = result.output.split('\n').filter((line) => line.startsWith('  - '));
    expect(problems, result.output).toHaveLength(cases.length);
    for (const { file, message } of cases) {
      expect(problems).toContainEqual(expect.stringContaining(`content-broken-chapter-files/${file}${message}`));
    }
    expect(result.output).not.toMatch(noise);
    expect(result.output).not.toMatch(/UNLOADABLE_DEPENDENCY|YAMLException|Invalid input/);
    expect(result.index).toBe('the last good site');
  }, 300_000);
});

describe('a good build’s summary names what an editor may not expect', () => {
  it('a chapter shown in Chinese for want of a translation, and a chapter saved as .md', () => {
    const content = contentCopy('summary', (content) => {
      cpSync(join(root, 'e2e/fixtures'), content, { recursive: true });
      cpSync(join(content, 'chapters/ko/07-epilogue.mdx'), join(content, 'chapters/ko/08-untranslated.md'));
    });
    const out = join(mkdtempSync(join(tmpdir(), 'yinji-summary-')), 'dist');
    const run = build(['--out', out], { YINJI_CONTENT: content });
    rmSync(join(out, '..'), { recursive: true, force: true });
    expect(run.status, run.output).toBe(0);
    const chapters = 'node_modules/.cache/yinji/content-summary/chapters';
    expect(run.output.trim().split('\n')).toEqual([
      expect.stringMatching(/^Built \/.*\/dist\/ in [\d.]+ s: \d+ pages; search covers \d+ pages in en, ko, zh-cn\.$/),
      `Shown in Chinese in ko (no translation yet): ${chapters}/zh/08-untranslated.mdx`,
      `Shown in Chinese in en (no translation yet): ${chapters}/zh/08-untranslated.mdx`,
      `Not part of the site: ${chapters}/ko/08-untranslated.md (a chapter is an .mdx file: rename it 08-untranslated.mdx)`,
      'Links name https://example.org; set SITE_URL to the public origin when publishing.',
    ]);
  }, 300_000);
});

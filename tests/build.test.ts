/**
 * An editor's mistake stops the build with the file, the field and what is expected, and the site that
 * was there stays exactly as it was. Each case builds a copy of the content with one mistake in it.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

function buildWith(name: string, mistake: (content: string) => void) {
  const content = join(root, 'node_modules/.cache/yinji', `broken-${name}`);
  rmSync(content, { recursive: true, force: true });
  cpSync(join(root, 'content'), content, { recursive: true });
  mistake(content);
  const out = join(mkdtempSync(join(tmpdir(), 'yinji-out-')), 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'the last good site');
  const run = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], {
    cwd: root,
    env: { ...process.env, YINJI_CONTENT: content },
    encoding: 'utf8',
  });
  const result = {
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`,
    site: readdirSync(out),
    index: readFileSync(join(out, 'index.html'), 'utf8'),
  };
  rmSync(join(out, '..'), { recursive: true, force: true });
  return result;
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('a broken content file stops the build, names the file and field, and keeps the last site', () => {
  it('a wrong field in a chapter’s frontmatter', () => {
    const result = buildWith('field', (content) =>
      edit(join(content, 'chapters/en/04-family.mdx'), (text) => text.replace('order: 4', 'order: four')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/chapters\/en\/04-family\.mdx/);
    expect(result.output).toMatch(/order/);
    expect(result.output).toMatch(/whole number/);
    expect(result.site).toEqual(['index.html']);
    expect(result.index).toBe('the last good site');
  }, 60_000);

  it('an unknown figure id in a chapter', () => {
    const result = buildWith('figure', (content) =>
      edit(join(content, 'chapters/ko/03-development.mdx'), (text) => text.replace('<Figure id="funds"/>', '<Figure id="fundz"/>')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/chapters\/ko\/03-development\.mdx:15: <Figure id="fundz"> names nothing in content\/charts\//);
    expect(result.index).toBe('the last good site');
  }, 60_000);

  it('broken MDX', () => {
    const result = buildWith('mdx', (content) =>
      edit(join(content, 'chapters/zh/05-rights.mdx'), (text) => text.replace('<Figure id="rights-screening"/>', '<Figure id="rights-screening">')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/chapters\/zh\/05-rights\.mdx/);
    expect(result.index).toBe('the last good site');
  }, 60_000);

  it('a translation with a paragraph fewer than the Chinese original (parallel reading would shift)', () => {
    // The Korean epilogue's two paragraphs joined into one: every later pair would be off by one.
    const result = buildWith('paragraph', (content) =>
      edit(join(content, 'chapters/ko/07-epilogue.mdx'), (text) => text.replace(/(\S)\n\n(?=\S)(?![\s\S]*\n\n\S)/, '$1 ')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /chapters\/ko\/07-epilogue\.mdx:10: the opening \(before the first ## heading\) has 1 paragraph, the Chinese original's \(.*chapters\/zh\/07-epilogue\.mdx:10\) has 2: the original's paragraph p2 \(.*chapters\/zh\/07-epilogue\.mdx:12\) has no translation/,
    );
    expect(result.index).toBe('the last good site');
  }, 60_000);

  it('a translation without one of the original’s section headings', () => {
    const result = buildWith('section', (content) =>
      edit(join(content, 'chapters/en/04-family.mdx'), (text) => text.replace(/\n## Family Education\n/, '\n')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/chapters\/en\/04-family\.mdx:11: has 1 section \(## headings\), the Chinese original .*chapters\/zh\/04-family\.mdx has 2: the original's section 2 “家庭教育” \(.*chapters\/zh\/04-family\.mdx:17\) has no counterpart here/);
    expect(result.output).toMatch(/chapters\/en\/04-family\.mdx:18: section 1 “Most Beautiful Families” has 2 paragraphs, .* paragraph p2 \(.*chapters\/en\/04-family\.mdx:18\) has no counterpart in the original/);
    expect(result.index).toBe('the last good site');
  }, 60_000);

  it('a figure record with a wrong field', () => {
    const result = buildWith('record', (content) =>
      edit(join(content, 'figures/loans-issued.json'), (text) => text.replace('"qualifier": "exact"', '"qualifier": "about"')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/figures\/loans-issued\.json/);
    expect(result.output).toMatch(/qualifier/);
    expect(result.index).toBe('the last good site');
  }, 60_000);
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
      const run = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], { cwd: root, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
    }
    const [first, second] = outs.map(tree);
    for (const out of outs) rmSync(join(out, '..'), { recursive: true, force: true });
    expect(Object.keys(first!).length).toBeGreaterThan(40);
    expect(second).toEqual(first);
  }, 120_000);
});

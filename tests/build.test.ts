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

/** One run of `npm run build` into `out`, from `content` (default: the real content). */
function build(out: string, content?: string) {
  const run = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], {
    cwd: root,
    env: { ...process.env, ...(content && { YINJI_CONTENT: content }) },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** A build of a copy of the content with one mistake in it, over a dist/ that holds "the last good site". */
function buildWith(name: string, mistake: (content: string) => void) {
  const content = join(root, 'node_modules/.cache/yinji', `broken-${name}`);
  rmSync(content, { recursive: true, force: true });
  cpSync(join(root, 'content'), content, { recursive: true });
  mistake(content);
  const out = join(mkdtempSync(join(tmpdir(), 'yinji-out-')), 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'the last good site');
  const result = { ...build(out, content), site: readdirSync(out), index: readFileSync(join(out, 'index.html'), 'utf8') };
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
      edit(join(content, 'chapters/ko/03-development.mdx'), (text) => text.replace('<Chart id="funds"/>', '<Chart id="fundz"/>\n\n<Figure id="funds"/>')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/chapters\/ko\/03-development\.mdx:1\d: <Chart id="fundz"> names nothing in content\/charts\//);
    // The component's old name gets advice, not Astro's "you likely forgot to import".
    expect(result.output).toMatch(/chapters\/ko\/03-development\.mdx:\d+: <Figure> is now called <Chart>: write <Chart id="funds"\/>/);
    expect(result.index).toBe('the last good site');
  }, 60_000);

  it('broken MDX', () => {
    const result = buildWith('mdx', (content) =>
      edit(join(content, 'chapters/zh/05-rights.mdx'), (text) => text.replace('<Chart id="rights-screening"/>', '<Chart id="rights-screening">')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/chapters\/zh\/05-rights\.mdx/);
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
      const run = build(out);
      expect(run.status, run.output).toBe(0);
    }
    const [first, second] = outs.map(tree);
    for (const out of outs) rmSync(join(out, '..'), { recursive: true, force: true });
    expect(Object.keys(first!).length).toBeGreaterThan(40);
    expect(second).toEqual(first);
  }, 120_000);
});

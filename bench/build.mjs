#!/usr/bin/env node
/**
 * Build benchmark: how the build grows with the content. For N = 10, 100, 1,000 synthetic chapters per
 * language (made in a temporary copy of content/ from the report's own paragraphs, never shipped), runs
 * the full build (pages and search index) and prints wall time, peak memory of the build's processes,
 * pages written and search index size. Then the real site, which should build in under 20 s here.
 *   node bench/build.mjs [--sizes 10,100,1000]
 */
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10,100,1000' } } });
const sizes = values.sizes.split(',').map(Number);

/** Resident memory of a process and all its descendants, from /proc (Linux). */
/** @param {number} root */
function treeRss(root) {
  const children = new Map();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
    } catch {
      // The process ended while we listed them: it has no children to count.
    }
  }
  let total = 0;
  /** @param {number} pid */
  const visit = (pid) => {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // Ended since the listing: it holds no memory now.
    }
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return total;
}

/**
 * @param {Record<string, string>} env
 * @param {string} out
 */
function build(env, out) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['scripts/build.mjs', '--out', out], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(Number(child.pid)))), 100);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code === 0) resolve({ seconds: (performance.now() - started) / 1000, peak });
      else reject(new Error(`build failed (${code})`));
    });
  });
}

/** @param {string} dir */
const du = (dir) =>
  readdirSync(dir, { recursive: true }).reduce(
    (sum, file) => sum + (statSync(join(dir, String(file))).isFile() ? statSync(join(dir, String(file))).size : 0),
    0,
  );
/** @type {(dir: string, suffix: string) => number} */
const count = (dir, suffix) => readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith(suffix)).length;

/** Paragraphs of the real chapters, per language, to fill synthetic ones with text of the right kind. */
/** @param {string} lang */
function paragraphs(lang) {
  const dir = join('content/chapters', lang);
  return readdirSync(dir).flatMap((file) =>
    (readFileSync(join(dir, file), 'utf8').split(/\n---\n/)[1] ?? '')
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter((block) => block && !block.startsWith('#') && !block.startsWith('<')),
  );
}

/** @param {number} n */
function synthesise(n) {
  // A fixed place per size (see scripts/build-fixture.mjs for why not a temporary folder).
  const content = `node_modules/.cache/yinji/bench-${n}`;
  rmSync(content, { recursive: true, force: true });
  cpSync('content', content, { recursive: true });
  for (const lang of ['zh', 'ko', 'en']) {
    const pool = paragraphs(lang).map((p) => p.replace(/<Num id="[^"]+"\/>/g, '…')); // ids must be cited once
    for (let i = 0; i < n; i++) {
      const slug = `bench-${String(i).padStart(4, '0')}`;
      const body = [0, 1, 2].map((k) => pool[(i + k) % pool.length]).join('\n\n');
      writeFileSync(
        join(content, 'chapters', lang, `${100 + i}-${slug}.mdx`),
        `---\nslug: ${slug}\norder: ${100 + i}\nkind: epilogue\ntitle: Bench ${i}\nshortTitle: Bench ${i}\nsummary: Synthetic chapter for the build benchmark.\n---\n\n## Bench ${i}\n\n${body}\n`,
      );
    }
  }
  return content;
}

const rows = [];
for (const n of sizes) {
  const content = synthesise(n);
  const out = `dist.bench-${n}`;
  try {
    const { seconds, peak } = await build({ YINJI_CONTENT: content }, out);
    rows.push({ label: `${n} per language`, seconds, peak, pages: count(out, '.html'), index: du(join(out, 'pagefind')) });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
const real = await build({}, 'dist.bench-real');
rows.unshift({
  label: 'the report (8 per language)',
  seconds: real.seconds,
  peak: real.peak,
  pages: count('dist.bench-real', '.html'),
  index: du('dist.bench-real/pagefind'),
});
rmSync('dist.bench-real', { recursive: true, force: true });

console.log('| synthetic chapters | wall time | peak memory | pages | search index |\n| --- | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(
    `| ${row.label} | ${row.seconds.toFixed(1)} s | ${(row.peak / 2 ** 20).toFixed(0)} MiB | ${row.pages} | ${(row.index / 1024).toFixed(0)} KiB |`,
  );
}

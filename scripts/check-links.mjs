#!/usr/bin/env node
/**
 * Checks every link of the built sites against their files: each page's links, stylesheets, scripts,
 * images, form actions, CSV downloads, canonical and hreflang URLs, the sitemap's entries (and robots.txt's
 * pointer to it), the modules the scripts import, and every #fragment against the ids of the page it names. Works on the files (no server),
 * so a build under a subpath is checked under its subpath. Prints each broken link with the page it is on;
 * exits 1 if any. `--json FILE` writes { passed, failed } (distinct targets) for scripts/test.mjs.
 *
 *   node scripts/check-links.mjs [dist:/ dist.fixture:/yanbian-2019/] [--json test-results/links.json]
 *
 * The link logic is src/lib/links.ts, unit-tested, loaded as every script loads src/ (scripts/load-src.mjs).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSrc } from './load-src.mjs';

/** @type {typeof import('../src/lib/links.ts')} */
const { extractIds, extractLinks, resolveLink } = await loadSrc('lib/links.ts');
/** @type {typeof import('../src/lib/built-files.ts')} */
const { addressOfFile, isPage } = await loadSrc('lib/built-files.ts');

const { values, positionals } = parseArgs({ options: { json: { type: 'string' } }, allowPositionals: true });
const builds = (positionals.length ? positionals : ['dist:/', 'dist.fixture:/yanbian-2019/'])
  .map((spec) => {
    const [dir = '', base = '/'] = spec.split(':');
    return { dir: dir.replace(/\/$/, ''), base };
  })
  .filter(({ dir }) => existsSync(dir));
if (!builds.length) {
  console.error('No build to check: run npm run build first.');
  process.exit(1);
}

const totals = { pages: 0, links: 0, fragments: 0, targets: 0, broken: 0, csv: 0, assets: 0 };
const external = new Set();

for (const { dir, base } of builds) {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => file.split('\\').join('/'));
  const sitemap = existsSync(join(dir, 'sitemap.xml')) ? readFileSync(join(dir, 'sitemap.xml'), 'utf8') : '';
  const site = /<loc>(https?:\/\/[^/<]+)/.exec(sitemap)?.[1] ?? 'https://example.org';
  const idsOf = new Map();
  /** @param {string} file */
  const ids = (file) => {
    if (!idsOf.has(file)) idsOf.set(file, extractIds(readFileSync(join(dir, file), 'utf8')));
    return idsOf.get(file);
  };
  // target → the pages that point at it, so a broken link is reported once with where it is.
  const targets = new Map();
  /**
   * @param {string} key
   * @param {string} from
   */
  const note = (key, from) => {
    if (!targets.has(key)) targets.set(key, new Set());
    targets.get(key).add(from);
  };
  /** @type {{ from: string, url: string, links: string[] }[]} */
  const sources = [];
  for (const file of files.filter(isPage)) {
    const url = `${base}${addressOfFile(file)}`;
    sources.push({ from: url, url, links: extractLinks(readFileSync(join(dir, file), 'utf8')) });
  }
  // The sitemap names every page; the scripts import their chunks by relative path.
  sources.push({ from: `${base}sitemap.xml`, url: `${base}sitemap.xml`, links: [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '') });
  if (files.includes('robots.txt')) {
    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
    sources.push({ from: `${base}robots.txt`, url: `${base}robots.txt`, links: [...robots.matchAll(/^Sitemap:\s*(\S+)/gim)].map((m) => m[1] ?? '') });
  }
  for (const file of files.filter((f) => /^_astro\/.*\.js$/.test(f))) {
    const code = readFileSync(join(dir, file), 'utf8');
    const imports = [...code.matchAll(/(?:from|import\()\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1] ?? '');
    sources.push({ from: `${base}${file}`, url: `${base}${file}`, links: imports });
  }

  const problems = [];
  const checked = new Set();
  for (const { from, url, links } of sources) {
    totals.links += links.length;
    for (const link of links) {
      const target = resolveLink(link, url, { base, site });
      if (target.kind === 'ignored') continue;
      if (target.kind === 'external') {
        external.add(target.url);
        continue;
      }
      const key = target.kind === 'page' ? `${target.url}${target.fragment ? `#${target.fragment}` : ''}` : `${target.url} (${target.reason})`;
      note(key, from);
      if (checked.has(key)) continue;
      checked.add(key);
      if (target.kind === 'outside') {
        problems.push({ key, why: 'leads out of the site' });
        continue;
      }
      if (!files.includes(target.file)) {
        problems.push({ key, why: `no file ${dir}/${target.file}` });
        continue;
      }
      if (target.fragment && target.fragment !== 'top') {
        totals.fragments++;
        if (!target.file.endsWith('.html') || !ids(target.file).has(target.fragment))
          problems.push({ key, why: `no element with id "${target.fragment}"` });
      }
      if (target.file.endsWith('.csv')) totals.csv++;
      else if (!target.file.endsWith('.html')) totals.assets++;
    }
  }
  // Every CSV of the build must be offered somewhere: a download nobody can reach is a broken promise too.
  const linkedFiles = new Set([...targets.keys()].map((key) => key.split('#')[0]));
  for (const csv of files.filter((f) => f.endsWith('.csv'))) {
    if (!linkedFiles.has(`${base}${csv}`)) problems.push({ key: `${base}${csv}`, why: 'no page links to it' });
  }
  for (const { key, why } of problems) {
    const from = [...(targets.get(key) ?? [])];
    console.log(
      `broken: ${key}: ${why}${from.length ? `\n  on ${from.slice(0, 3).join(', ')}${from.length > 3 ? ` and ${from.length - 3} more` : ''}` : ''}`,
    );
  }
  const pages = sources.length - 1 - (files.includes('robots.txt') ? 1 : 0) - files.filter((f) => /^_astro\/.*\.js$/.test(f)).length;
  totals.pages += pages;
  totals.targets += targets.size;
  totals.broken += problems.length;
  console.log(`${dir}/ (base ${base}): ${pages} pages, ${targets.size} distinct targets, ${problems.length} broken`);
}

console.log(
  `links: ${totals.pages} pages, ${totals.links} links to ${totals.targets} distinct targets (${totals.fragments} with a #fragment, ` +
    `${totals.csv} CSV, ${totals.assets} other files), ${totals.broken} broken; ${external.size} to other origins (not fetched)`,
);
for (const url of external) console.log(`  other origin: ${url}`);
if (values.json) writeFileSync(values.json, JSON.stringify({ passed: totals.targets - totals.broken, failed: totals.broken }));
process.exit(totals.broken ? 1 : 0);

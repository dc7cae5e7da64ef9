#!/usr/bin/env node
/**
 * What a first visit to a page downloads, read from the built files (deterministic, no browser): the HTML,
 * the stylesheets it links, and the JavaScript it loads at once with everything that imports statically.
 * Code loaded later by import() (search, the highlighter) is not first load and is listed apart.
 *   node scripts/page-weight.mjs [dist]      prints a table of the page types
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

/** @param {Buffer} buffer */
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * Maps a URL of the site to its file in dist/, whatever the base path.
 * @param {string} dist
 * @param {string} base
 * @param {string} url
 */
function fileOf(dist, base, url) {
  const path = url.split(/[?#]/)[0] ?? url;
  return join(dist, path.startsWith(base) ? path.slice(base.length) : path);
}

/**
 * The scripts a script imports, with theirs, into `seen`.
 * @param {string} dist
 * @param {string} base
 * @param {string} entry
 * @param {Set<string>} [seen]
 * @returns {Set<string>}
 */
function jsGraph(dist, base, entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(fileOf(dist, base, entry), 'utf8');
  for (const match of code.matchAll(/\bfrom\s*["']([^"']+\.js)["']|\bimport\s*["']([^"']+\.js)["']/g)) {
    const target = match[1] ?? match[2] ?? '';
    jsGraph(dist, base, target.startsWith('/') ? target : posix.join(posix.dirname(entry), target), seen);
  }
  return seen;
}

/** Lazily imported chunks: import("…"), which the page only fetches when it needs them. */
/**
 * @param {string} dist
 * @param {string} base
 * @param {Iterable<string>} files
 */
function lazyChunks(dist, base, files) {
  const lazy = new Set();
  for (const file of files) {
    const code = readFileSync(fileOf(dist, base, file), 'utf8');
    for (const match of code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) lazy.add(posix.join(posix.dirname(file), match[1] ?? ''));
  }
  return [...lazy];
}

/**
 * @param {string} dist
 * @param {string} page
 * @param {string} [base]
 */
export function weighPage(dist, page, base = '/') {
  const html = readFileSync(join(dist, page));
  const text = html.toString('utf8');
  /** @type {(tag: string, name: string) => string} */
  const attr = (tag, name) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1] ?? '';
  const tags = [...text.matchAll(/<(link|script)\b[^>]*>/g)].map((m) => m[0]);
  const css = tags.filter((tag) => tag.startsWith('<link') && /rel="stylesheet"/.test(tag)).map((tag) => attr(tag, 'href'));
  const scripts = tags.filter((tag) => tag.startsWith('<script') && attr(tag, 'src')).map((tag) => attr(tag, 'src'));
  const preloads = tags.filter((tag) => /rel="modulepreload"/.test(tag)).map((tag) => attr(tag, 'href'));
  /** @type {Set<string>} */
  const js = new Set();
  for (const entry of [...scripts, ...preloads]) jsGraph(dist, base, entry, js);
  /** @param {string[]} urls */
  const bytes = (urls) => urls.reduce((sum, url) => sum + gz(readFileSync(fileOf(dist, base, url))), 0);
  const weight = { html: gz(html), css: bytes(css), js: bytes([...js]) };
  return {
    ...weight,
    total: weight.html + weight.css + weight.js,
    requests: 1 + css.length + js.size,
    files: { css, js: [...js] },
    lazy: lazyChunks(dist, base, [...js]),
  };
}

export const pageTypes = {
  'language choice': 'index.html',
  cover: 'zh/index.html',
  'chapter, text only': 'zh/planning/index.html',
  'chapter with charts': 'zh/development/index.html',
  'chapter with pictograms': 'zh/reform/index.html',
  figures: 'zh/figures/index.html',
  timeline: 'zh/timeline/index.html',
  search: 'zh/search/index.html',
  about: 'zh/about/index.html',
  'not found (404)': '404.html',
  'parallel reading': 'zh/development/parallel/index.html',
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  if (!existsSync(dist)) throw new Error(`No ${dist}/: run npm run build first`);
  console.log('| page type | HTML | CSS | JS | first load | requests |\n| --- | ---: | ---: | ---: | ---: | ---: |');
  /** @param {number} n */
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const [type, page] of Object.entries(pageTypes)) {
    const w = weighPage(dist, page);
    console.log(`| ${type} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.total)} | ${w.requests} |`);
  }
  console.log('\n(gzip level 9; first load = HTML + linked CSS + JS loaded at once; the search index and search code load on use)');
}

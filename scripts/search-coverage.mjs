/**
 * Whether Pagefind's index covers every page it should: each HTML page marked data-pagefind-body, counted
 * per index language (Pagefind names an index after <html lang>, lower-cased). A build must never swap in a
 * site whose search silently misses pages.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadSrc } from './load-src.mjs';

/** @type {typeof import('../src/i18n/locales.ts')} */
const { pagefindLanguage } = await loadSrc('i18n/locales.ts');
/** @type {typeof import('../src/lib/built-files.ts')} */
const { isPage } = await loadSrc('lib/built-files.ts');

/** The pages that ought to be searchable, by index language, from the built HTML. */
/**
 * @param {string} site
 * @returns {Map<string, string[]>}
 */
export function searchablePages(site) {
  const byLanguage = new Map();
  for (const file of readdirSync(site, { recursive: true }).map(String)) {
    if (!isPage(file)) continue;
    const html = readFileSync(join(site, file), 'utf8');
    if (!hasSearchableText(html)) continue;
    const lang = pagefindLanguage(/<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown');
    byLanguage.set(lang, [...(byLanguage.get(lang) ?? []), file]);
  }
  return byLanguage;
}

/**
 * Whether a page has text in its data-pagefind-body element. Pagefind leaves out a marked page with no text
 * (a chapter just scaffolded, not yet written), so such a page is not expected in the index either.
 */
/** @param {string} html */
export function hasSearchableText(html) {
  const open = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/i.exec(html);
  if (!open) return false;
  const name = (open[1] ?? '').toLowerCase();
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  let end = html.length;
  for (let tag; depth > 0 && (tag = tags.exec(html));) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) end = tag.index;
  }
  const text = html
    .slice(open.index + open[0].length, end)
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|\s/g, '');
  return text.length > 0;
}

/** Problems with the index, in words; empty when every searchable page is in it. */
/**
 * @param {string} site
 * @returns {string[]}
 */
export function searchIndexProblems(site) {
  const entryFile = join(site, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entryFile)) return ['pagefind/pagefind-entry.json is missing: the site has no search index'];
  const entry = JSON.parse(readFileSync(entryFile, 'utf8'));
  const indexed = Object.fromEntries(Object.entries(entry.languages ?? {}).map(([lang, index]) => [lang, index.page_count]));
  const expected = searchablePages(site);
  const problems = [];
  for (const [lang, pages] of expected) {
    const count = indexed[lang] ?? 0;
    if (count !== pages.length)
      problems.push(`the search index for "${lang}" holds ${count} pages, but ${pages.length} pages in that language are marked for search`);
  }
  for (const [lang, count] of Object.entries(indexed)) {
    if (!expected.has(lang)) problems.push(`the search index has ${count} pages in "${lang}", a language no built page has`);
  }
  // Every indexed page has its fragment (the text a result shows); a fragment missing means a partial write.
  const fragments = existsSync(join(site, 'pagefind', 'fragment')) ? readdirSync(join(site, 'pagefind', 'fragment')).length : 0;
  const total = [...expected.values()].reduce((sum, pages) => sum + pages.length, 0);
  if (fragments !== total) problems.push(`the search index has ${fragments} page fragments for ${total} searchable pages`);
  return problems;
}

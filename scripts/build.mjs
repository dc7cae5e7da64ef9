#!/usr/bin/env node
/**
 * `npm run build`: builds into a fresh folder of its own and swaps it into place only when the whole build
 * (pages, then a search index that covers every searchable page) succeeded. A failed build leaves the last
 * good site untouched, never a half-written, mixed or wiped one.
 *
 *   node scripts/build.mjs [--out dist] [--no-wait]      (environment: BASE_PATH, SITE_URL, YINJI_CONTENT)
 *
 * Two builds at once: one build runs at a time per checkout (scripts/build-lock.mjs says why). A second
 * build waits for the first and says whom it waits for; with --no-wait it refuses instead. A lock left by
 * a build that died is taken over.
 *
 * The swap: the new site is built in `dist.building-<pid>`, the old one is renamed to `dist.previous-<pid>`
 * and the new one to `dist`: two renames, no copying, so `dist/` is missing only for the instant between
 * the two renames (Node has no atomic exchange of two folders). A build killed in that instant leaves
 * `dist.previous-<pid>`, which the next build puts back before it starts.
 *
 * Output: a good build prints one summary (pages, languages, search, time); a bad one prints the problems.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeHolder, tryLock, unlock } from './build-lock.mjs';
import { readChapterFiles } from './chapter-files.mjs';
import { loadSrc } from './load-src.mjs';
import { searchablePages } from './search-coverage.mjs';
import { recover, swapIn } from './swap.mjs';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, 'no-wait': { type: 'boolean', default: false } },
});
const out = resolve(values.out.replace(/\/$/, ''));
const shown = values.out.replace(/\/$/, '');
const staging = `${out}.building-${process.pid}`;
const previous = `${out}.previous-${process.pid}`;
// Per checkout, wherever the build is started from.
const lock = join(import.meta.dirname, '..', 'node_modules/.cache/yinji/build.lock');
// Long enough for a build of a thousand chapters on a busy machine; after that something is stuck.
const patience = Number(process.env.YINJI_BUILD_WAIT_SECONDS ?? 900) * 1000;

const started = performance.now();
await acquire();
const code = await buildSite().finally(() => {
  rmSync(staging, { recursive: true, force: true });
  unlock(lock);
});
process.exit(code);

async function acquire() {
  let announced;
  for (;;) {
    const attempt = tryLock(lock);
    if (attempt.taken) {
      if (attempt.tookOver) console.log(`Took over the build lock left by ${describeHolder(attempt.tookOver)}, which is no longer running.`);
      return;
    }
    const other = describeHolder(attempt.holder);
    if (values['no-wait']) {
      console.error(`Another build of this checkout is running (${other}); this one did not start. Wait for it to finish, then build again.`);
      process.exit(75);
    }
    if (performance.now() - started > patience) {
      console.error(
        `Gave up after waiting ${Math.round(patience / 1000)} s for another build of this checkout (${other}). If it is stuck, stop it, then build again.`,
      );
      process.exit(75);
    }
    // Said once per build waited for (the description counts seconds, so it is not the key).
    const holder = `${attempt.holder?.pid}@${attempt.holder?.started}`;
    if (announced !== holder) console.log(`Waiting for another build of this checkout to finish (${other}) …`);
    announced = holder;
    await new Promise((done) => setTimeout(done, 250));
  }
}

async function buildSite() {
  for (const line of recover(out, shown)) console.log(line);
  const astro = await run(process.execPath, [join(import.meta.dirname, 'astro-build.mjs')], { YINJI_OUT_DIR: staging });
  if (astro !== 0) {
    console.error(`\nThe build failed; ${shown}/ is unchanged.`);
    return astro || 1;
  }
  const summary = summarise(staging);
  const swapped = swapIn(staging, out, previous);
  if (!swapped.ok) {
    console.error(`The search index is incomplete:\n${swapped.problems.map((p) => `  - ${p}`).join('\n')}\n\nThe build failed; ${shown}/ is unchanged.`);
    return 1;
  }
  console.log(`Built ${shown}/ in ${((performance.now() - started) / 1000).toFixed(1)} s: ${summary}`);
  for (const line of await chapterNotes()) console.log(line);
  const drafts = await draftsLine();
  if (drafts) console.log(drafts);
  if (!process.env.SITE_URL) console.log('Links name https://example.org; set SITE_URL to the public origin when publishing.');
  return 0;
}

/** @param {string} site */
function summarise(site) {
  const pages = readdirSync(site, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
  const searchable = searchablePages(site);
  const indexed = [...searchable.values()].reduce((sum, files) => sum + files.length, 0);
  return `${pages} pages; search covers ${indexed} pages in ${[...searchable.keys()].sort().join(', ')}.`;
}

/** Chapters shown in Chinese for want of a translation, and chapter files the site never reads (lib/content-summary). */
async function chapterNotes() {
  /** @type {typeof import('../src/lib/content-summary.ts')} */
  const { chapterSummary } = await loadSrc('lib/content-summary.ts');
  /** @type {typeof import('../src/i18n/locales.ts')} */
  const { locales, sourceLocale } = await loadSrc('i18n/locales.ts');
  const chapters = join(process.env.YINJI_CONTENT ?? 'content', 'chapters');
  const folders = new Map(locales.map((lang) => [lang, existsSync(join(chapters, lang)) ? readdirSync(join(chapters, lang)).sort() : []]));
  return chapterSummary(folders, sourceLocale, (lang, name) => relative(process.cwd(), join(chapters, lang, name)));
}

/** The line naming the chapters the build left out as drafts (src/site.ts leaves them out), or undefined. */
async function draftsLine() {
  /** @type {typeof import('../src/lib/drafts.ts')} */
  const drafts = await loadSrc('lib/drafts.ts');
  return drafts.draftsLine(readChapterFiles(resolve(process.env.YINJI_CONTENT ?? 'content')));
}

/** Runs a child with its output passed through; ^C stops the child too, so nothing keeps writing after we left. */
/**
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} env
 * @returns {Promise<number>}
 */
function run(command, args, env) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    /** @param {NodeJS.Signals} signal */
    const stop = (signal) => child.kill(signal);
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    child.on('exit', (status, signal) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done(status ?? (signal ? 1 : 0));
    });
  });
}

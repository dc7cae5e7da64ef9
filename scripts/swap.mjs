// @ts-check
/**
 * Publishing a build: the new site, built in `dist.building-<pid>`, replaces `dist` by two renames (the old
 * site to `dist.previous-<pid>`, the new one to `dist`), no copying, and only when its search index covers
 * every searchable page. Node has no atomic exchange of two folders, so `dist/` is missing for the instant
 * between the two renames; a build killed in that instant leaves `dist.previous-<pid>`, which `recover`
 * puts back before the next build starts. Both run under the build lock (scripts/build-lock.mjs).
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { searchIndexProblems } from './search-coverage.mjs';

/**
 * Clears what a build that stopped left beside `out`: a site it never swapped in is removed; the old site
 * it had set aside mid-swap is put back when `out` is missing. Returns what it did, in words.
 * @param {string} out the published folder, e.g. /…/dist
 * @param {string} [shown] how messages name it, e.g. "dist"
 * @returns {string[]}
 */
export function recover(out, shown = basename(out)) {
  const folder = dirname(out);
  const name = basename(out);
  const leftovers = existsSync(folder)
    ? readdirSync(folder).filter((file) => file.startsWith(`${name}.building-`) || file.startsWith(`${name}.previous-`))
    : [];
  const done = [];
  for (const file of leftovers) {
    if (file.startsWith(`${name}.previous-`) && !existsSync(out)) {
      renameSync(join(folder, file), out);
      done.push(`Put back ${shown}/, left aside by a build that stopped while swapping.`);
    } else {
      rmSync(join(folder, file), { recursive: true, force: true });
    }
  }
  return done;
}

/**
 * Swaps the site built in `staging` into `out`, unless its search index is incomplete: then `out` is left
 * as it was and the problems are returned.
 * @param {string} staging
 * @param {string} out
 * @param {string} previous where the old site waits during the swap, e.g. /…/dist.previous-<pid>
 * @returns {{ ok: true } | { ok: false, problems: string[] }}
 */
export function swapIn(staging, out, previous) {
  const problems = searchIndexProblems(staging);
  if (problems.length) return { ok: false, problems };
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
  return { ok: true };
}

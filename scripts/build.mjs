#!/usr/bin/env node
/**
 * `npm run build`: builds into a fresh folder and swaps it into place only when the whole build (pages,
 * then the search index) succeeded. A failed build leaves the last good site untouched, never a
 * half-written or wiped one.
 *
 *   node scripts/build.mjs [--out dist]      (environment: BASE_PATH, SITE_URL, YINJI_CONTENT)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = values.out.replace(/\/$/, '');
const staging = `${out}.building`;
const previous = `${out}.previous`;

rmSync(staging, { recursive: true, force: true });
const started = performance.now();
const astro = spawnSync('npx', ['astro', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, YINJI_OUT_DIR: staging },
});
if (astro.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed; ${out}/ is unchanged.`);
  process.exit(astro.status ?? 1);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
console.log(`\nBuilt ${out}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

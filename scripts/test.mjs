#!/usr/bin/env node
/**
 * `npm test`: every suite in order, cheapest first, each reported, then one closing line of totals that CI
 * reads: type check (astro check, and tsc over scripts/ and bench/) → lint (eslint, prettier, knip) → unit tests (vitest's unit layer, with coverage) → build tests (vitest's
 * builds layer: real builds and the scaffold in a terminal) → build → fixture build → checks over dist/
 * (vitest: size budgets) → html-validate → links and anchors → end-to-end tests (Playwright, against the
 * Node server and, where installed, nginx).
 * A step that cannot run because an earlier one failed counts as failed, never as passed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
/** @type {{ name: string, passed: number, failed: number, seconds: number }[]} */
const results = [];

/**
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
function run(name, command, args, env = {}) {
  console.log(`\n━━ ${name}: ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = (performance.now() - started) / 1000;
  return { ok: child.status === 0, seconds };
}

/**
 * @param {string} name
 * @param {number} passed
 * @param {number} failed
 * @param {number} seconds
 */
function record(name, passed, failed, seconds) {
  results.push({ name, passed, failed, seconds });
}

/**
 * @param {string} path
 * @returns {any} a report whose shape the caller knows, or undefined
 */
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

// 1. Types: astro check covers .astro, .ts and the content schemas; tsc the scripts.
const check = run('type check', 'npx', ['astro', 'check']);
record('astro check', check.ok ? 1 : 0, check.ok ? 0 : 1, check.seconds);
// The scripts and benches, as strictly as their JavaScript allows (scripts/tsconfig.json).
const scriptsCheck = run('type check of scripts/ and bench/', 'npx', ['tsc', '-p', 'scripts']);
record('tsc (scripts, bench)', scriptsCheck.ok ? 1 : 0, scriptsCheck.ok ? 0 : 1, scriptsCheck.seconds);

// 1b. Lint, each tool its own row: ESLint at zero warnings, Prettier's formatting, knip's dead code
//     (unused files, dependencies and exports). Configured in eslint.config.js, .prettierrc.json, knip.jsonc.
/** @type {[string, string[]][]} */
const linters = [
  ['eslint', ['eslint', '.', '--max-warnings', '0']],
  ['prettier', ['prettier', '--check', '.']],
  ['knip', ['knip']],
];
for (const [name, args] of linters) {
  const step = run(name, 'npx', args);
  record(name, step.ok ? 1 : 0, step.ok ? 0 : 1, step.seconds);
}

// 2. Tests layered by cost (vitest.config.ts): the unit layer in seconds, with coverage and its threshold;
//    then the layer that runs real builds, the scaffold in a terminal and the build's error messages.
/**
 * @param {string} name
 * @param {string} project
 * @param {string[]} [extra]
 */
function vitest(name, project, extra = []) {
  const report = `test-results/${project}.json`;
  rmSync(report, { force: true });
  const step = run(name, 'npx', ['vitest', 'run', '--project', project, ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const json = readJson(report);
  // A file that fails to load counts as a failed suite, not a failed test; a crash writes no report at all.
  const failed = (json?.numFailedTests ?? 0) + (json?.numFailedTestSuites ?? 0);
  record(name, json?.numPassedTests ?? 0, step.ok ? failed : Math.max(failed, 1), step.seconds);
}
// Coverage below its threshold fails the step (and so counts one failure) with every test passed.
vitest('unit (vitest)', 'unit', ['--coverage']);
vitest('builds (vitest)', 'builds');

// 3. The site, and the fixture site for the fallback and subpath tests.
const build = run('build', process.execPath, ['scripts/build.mjs']);
record('build', build.ok ? 1 : 0, build.ok ? 0 : 1, build.seconds);
const fixture = run('fixture build', process.execPath, ['scripts/build-fixture.mjs']);
record('fixture build', fixture.ok ? 1 : 0, fixture.ok ? 0 : 1, fixture.seconds);

// 4. Checks over the built files: size budgets (vitest's `dist` project).
if (build.ok && existsSync('dist')) vitest('dist (vitest)', 'dist');
else record('dist (vitest)', 0, 1, 0);

// 5. The output itself: valid HTML on every page, and no broken link, asset, CSV or #fragment, at the
//    root and under the subpath. Each counts pages (or link targets) passed and failed.
const builds = build.ok && fixture.ok;
for (const [name, script] of /** @type {const} */ ([
  ['html-validate', 'scripts/validate-html.mjs'],
  ['links and anchors', 'scripts/check-links.mjs'],
])) {
  const json = `test-results/${script.replace(/^scripts\/|\.mjs$/g, '')}.json`;
  rmSync(json, { force: true });
  if (!builds) {
    record(name, 0, 1, 0);
    continue;
  }
  const step = run(name, process.execPath, [script, '--json', json]);
  const counts = readJson(json);
  record(name, counts?.passed ?? 0, step.ok ? (counts?.failed ?? 0) : Math.max(counts?.failed ?? 0, 1), step.seconds);
}

// 6. End-to-end, only against builds that exist.
if (build.ok && fixture.ok && existsSync('dist')) {
  rmSync('test-results/e2e.json', { force: true });
  const e2e = run('end-to-end tests', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json' });
  const report = readJson('test-results/e2e.json');
  // A web server that did not start or a spec that did not compile is an error, not a failed test.
  const e2eFailed = (report?.stats.unexpected ?? 0) + (report?.errors?.length ?? 0);
  record('e2e (playwright)', report ? report.stats.expected + report.stats.flaky : 0, e2e.ok ? e2eFailed : Math.max(e2eFailed, 1), e2e.seconds);
} else {
  record('e2e (playwright)', 0, 1, 0);
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log('\n| suite | passed | failed | seconds |\n| --- | ---: | ---: | ---: |');
for (const r of results) console.log(`| ${r.name} | ${r.passed} | ${r.failed} | ${r.seconds.toFixed(1)} |`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/**
 * Two `npm run build` started together (two terminals, an editor's save hook and a hand-run build) must
 * leave exactly one good dist/: one build at a time per checkout, each in a staging folder of its own, a
 * swap by renames, and never a success with a search index that misses pages.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, root, startBuild, type BuildRun } from './builds';
import { tryLock, unlock } from '../scripts/build-lock.mjs';
import { searchablePages, searchIndexProblems } from '../scripts/search-coverage.mjs';

const lock = join(root, 'node_modules/.cache/yinji/build.lock');

describe('two builds at once', () => {
  it('the second waits for the first, names it, and exactly one complete site is left', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'yinji-twice-'));
    const out = join(parent, 'dist');
    try {
      const first = startBuild(['--out', out]);
      const second = startBuild(['--out', out]);
      const runs = await Promise.all([first.done, second.done]);
      for (const run of runs) expect(run.status, run.output).toBe(0);
      // One of them found the other holding the lock (whichever started first) and said so by PID. (Either
      // may also have waited for a build of another test file: the lock is per checkout.)
      const [a, b] = runs;
      const waitedFor = (run: BuildRun, other: BuildRun) =>
        new RegExp(`Waiting for another build of this checkout to finish \\(PID ${other.pid}, started at \\d\\d:\\d\\d:\\d\\d UTC`).test(run.output);
      expect(waitedFor(a, b) !== waitedFor(b, a), `${a.output}\n---\n${b.output}`).toBe(true);
      // Said once, not once a second while waiting.
      for (const [run, other] of [
        [a, b],
        [b, a],
      ] as const) {
        expect(run.output.split(`(PID ${other.pid},`).length - 1).toBeLessThanOrEqual(1);
      }

      // Exactly one site: no staging or set-aside folders, and a whole one, search included.
      expect(readdirSync(parent)).toEqual(['dist']);
      const files = readdirSync(out, { recursive: true }).map(String);
      // As many pages as the build that won said it wrote, and a search index over all that ask for one.
      const reported = /: (\d+) pages; search covers (\d+) pages/.exec(`${a.output}\n${b.output}`);
      expect(reported, `${a.output}\n---\n${b.output}`).not.toBeNull();
      expect(files.filter((file) => file.endsWith('.html'))).toHaveLength(Number(reported![1]));
      expect(searchIndexProblems(out)).toEqual([]);
      expect([...searchablePages(out).values()].flat()).toHaveLength(Number(reported![2]));
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  }, 600_000);

  it('with --no-wait, a build refuses at once while another holds the lock, naming its PID and start', async () => {
    // Hold the checkout's lock as a build would (waiting for any build another test file is running).
    while (!tryLock(lock, { pid: process.pid, host: hostname(), started: '2026-11-29T06:40:12.000Z' }).taken) {
      await new Promise((done) => setTimeout(done, 200));
    }
    try {
      const run = build(['--out', join(tmpdir(), 'yinji-never-built'), '--no-wait']);
      expect(run.status).toBe(75);
      expect(run.output.trim()).toBe(
        `Another build of this checkout is running (PID ${process.pid}, started at 06:40:12 UTC (${run.output.match(/\((\d+) s ago\)/)?.[1]} s ago)); this one did not start. Wait for it to finish, then build again.`,
      );
    } finally {
      unlock(lock);
    }
  }, 600_000);
});

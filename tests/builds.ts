/**
 * Helpers for tests that run real builds. Builds are slow on a shared machine: each test builds as little
 * as it can (a broken content file fails within seconds, before any page renders) and shares these.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');

/** A copy of content/ under node_modules/.cache (Astro caches content per folder: a fixed path per case). */
export function contentCopy(name: string, change: (content: string) => void = () => {}): string {
  const content = join(root, 'node_modules/.cache/yinji', `content-${name}`);
  rmSync(content, { recursive: true, force: true });
  cpSync(join(root, 'content'), content, { recursive: true });
  change(content);
  return content;
}

export const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

/** An output folder holding "the last good site", to see that a failed build leaves it alone. */
export function lastGoodSite(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'yinji-out-')), 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'the last good site');
  return out;
}

export interface BuildRun {
  status: number | null;
  output: string;
  pid: number;
}

/** Runs scripts/build.mjs and waits for it. */
export function build(args: string[], env: Record<string, string> = {}): BuildRun {
  const run = spawnSync(process.execPath, ['scripts/build.mjs', ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, pid: run.pid ?? 0 };
}

/** Starts scripts/build.mjs without waiting: for builds that run at the same time. */
export function startBuild(args: string[], env: Record<string, string> = {}): { pid: number; done: Promise<BuildRun> } {
  const child = spawn(process.execPath, ['scripts/build.mjs', ...args], { cwd: root, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const done = new Promise<BuildRun>((resolve) => child.on('close', (status) => resolve({ status, output, pid: child.pid ?? 0 })));
  return { pid: child.pid ?? 0, done };
}

/** Builds content with one mistake into a folder holding the last good site; reports what was printed and left. */
export function buildWith(name: string, mistake: (content: string) => void) {
  const content = contentCopy(`broken-${name}`, mistake);
  const out = lastGoodSite();
  const run = build(['--out', out], { YINJI_CONTENT: content });
  const result = { ...run, site: readdirSync(out), index: readFileSync(join(out, 'index.html'), 'utf8') };
  rmSync(join(out, '..'), { recursive: true, force: true });
  return result;
}

/** The build lock and the search-index check, without building: scripts/build-lock.mjs, scripts/search-coverage.mjs. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeHolder, holderIsAlive, readHolder, tryLock, unlock } from '../scripts/build-lock.mjs';
import { hasSearchableText, searchIndexProblems } from '../scripts/search-coverage.mjs';

const scratch = () => mkdtempSync(join(tmpdir(), 'yinji-lock-'));
/** The PID of a process that has exited: a build that died. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid;

describe('the build lock', () => {
  it('is taken by one build; a second sees who holds it', () => {
    const path = join(scratch(), 'build.lock');
    expect(tryLock(path)).toEqual({ taken: true });
    const second = tryLock(path, { pid: 1, host: 'x', started: new Date().toISOString() });
    expect(second).toMatchObject({ taken: false, holder: { pid: process.pid } });
    unlock(path);
    expect(readHolder(path)).toBeUndefined();
  });

  it('is taken over from a build that is no longer running', () => {
    const path = join(scratch(), 'build.lock');
    const dead = { pid: deadPid(), started: '2026-11-29T06:00:00.000Z' };
    writeFileSync(path, JSON.stringify(dead));
    expect(holderIsAlive(dead)).toBe(false);
    const attempt = tryLock(path);
    expect(attempt).toEqual({ taken: true, tookOver: dead });
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
  });

  it('is not released by a build that does not hold it', () => {
    const path = join(scratch(), 'build.lock');
    tryLock(path);
    unlock(path, process.pid + 1);
    expect(readHolder(path)?.pid).toBe(process.pid);
  });

  it('names the other build by PID and start time', () => {
    expect(describeHolder({ pid: 4242, started: '2026-11-29T06:40:12.000Z' }, Date.parse('2026-11-29T06:40:20.000Z'))).toBe(
      'PID 4242, started at 06:40:12 UTC (8 s ago)',
    );
  });
});

describe('a build never ships an incomplete search index', () => {
  function site(pages: Record<string, string>, entry?: object, fragments = 0) {
    const dir = scratch();
    for (const [file, lang] of Object.entries(pages)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), `<html lang="${lang}"><body><main data-pagefind-body>text</main></body></html>`);
    }
    writeFileSync(join(dir, 'about.html'), '<html lang="en"><body>not searchable</body></html>');
    if (entry) {
      mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
      writeFileSync(join(dir, 'pagefind/pagefind-entry.json'), JSON.stringify(entry));
      for (let i = 0; i < fragments; i++) writeFileSync(join(dir, `pagefind/fragment/${i}.pf_fragment`), '');
    }
    return dir;
  }
  const pages = { 'zh/a/index.html': 'zh-CN', 'zh/b/index.html': 'zh-CN', 'en/a/index.html': 'en' };

  it('passes an index that covers every page marked for search', () => {
    const dir = site(pages, { languages: { 'zh-cn': { page_count: 2 }, en: { page_count: 1 } } }, 3);
    expect(searchIndexProblems(dir)).toEqual([]);
    rmSync(dir, { recursive: true });
  });

  it('names the language whose index misses pages, and missing fragments', () => {
    const dir = site(pages, { languages: { 'zh-cn': { page_count: 1 }, en: { page_count: 1 } } }, 2);
    expect(searchIndexProblems(dir)).toEqual([
      'the search index for "zh-cn" holds 1 pages, but 2 pages in that language are marked for search',
      'the search index has 2 page fragments for 3 searchable pages',
    ]);
  });

  it('expects a marked page only when it has text (Pagefind leaves out a chapter not yet written)', () => {
    expect(hasSearchableText('<main><div class="prose" data-pagefind-body><div><p>文字</p></div></div></main>')).toBe(true);
    expect(hasSearchableText('<main><div class="prose" data-pagefind-body>\n<div> </div>\n</div><p>outside</p></main>')).toBe(false);
    expect(hasSearchableText('<main><p>no marked body</p></main>')).toBe(false);
  });

  it('refuses a site without an index', () => {
    expect(searchIndexProblems(site(pages))).toEqual(['pagefind/pagefind-entry.json is missing: the site has no search index']);
  });
});

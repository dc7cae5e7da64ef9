/**
 * Publishing a build (scripts/swap.mjs): the site is swapped in only with a complete search index, and a
 * build killed between its two renames loses nothing. On small folders of our own, without building.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { recover, swapIn } from '../scripts/swap.mjs';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function folder() {
  const made = mkdtempSync(join(tmpdir(), 'yinji-swap-'));
  folders.push(made);
  return made;
}
function write(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
/** A built site of searchable English pages, whose search index holds `indexed` of them. */
function site(path: string, pages: number, indexed = pages) {
  for (let page = 0; page < pages; page++) {
    write(join(path, `en/${page}/index.html`), `<html lang="en"><body><main data-pagefind-body><p>Page ${page}</p></main></body></html>`);
  }
  write(join(path, 'pagefind/pagefind-entry.json'), JSON.stringify({ languages: { en: { page_count: indexed } } }));
  for (let page = 0; page < indexed; page++) write(join(path, `pagefind/fragment/en_${page}.pf_fragment`), '');
  return path;
}

describe('publishing a build', () => {
  it('puts back the last good site when a build stopped between its two renames', () => {
    const root = folder();
    // The old site was set aside as dist.previous-<pid>; the build died before renaming its own into dist.
    write(join(root, 'dist.previous-4242/index.html'), 'the last good site');
    write(join(root, 'dist.building-4242/index.html'), 'a build never swapped in');
    expect(recover(join(root, 'dist'))).toEqual(['Put back dist/, left aside by a build that stopped while swapping.']);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('the last good site');
  });

  it('keeps the new site when the build stopped after both renames, and clears what was left aside', () => {
    const root = folder();
    write(join(root, 'dist/index.html'), 'the new site');
    write(join(root, 'dist.previous-4242/index.html'), 'the old site');
    expect(recover(join(root, 'dist'), 'public/dist')).toEqual([]);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('the new site');
    // Nothing to do without leftovers, or without even the folder.
    expect(recover(join(root, 'dist'))).toEqual([]);
    expect(recover(join(root, 'missing/dist'))).toEqual([]);
  });

  it('refuses to swap in a site whose search index misses pages, and leaves the last good site alone', () => {
    const root = folder();
    write(join(root, 'dist/index.html'), 'the last good site');
    const staging = site(join(root, 'dist.building-1'), 3, 2);
    expect(swapIn(staging, join(root, 'dist'), join(root, 'dist.previous-1'))).toEqual({
      ok: false,
      problems: [
        'the search index for "en" holds 2 pages, but 3 pages in that language are marked for search',
        'the search index has 2 page fragments for 3 searchable pages',
      ],
    });
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('the last good site');
    expect(existsSync(join(root, 'dist.previous-1'))).toBe(false);
  });

  it('swaps in a site whose index is complete, leaving nothing beside it', () => {
    const root = folder();
    write(join(root, 'dist/index.html'), 'the last good site');
    const staging = site(join(root, 'dist.building-1'), 3);
    expect(swapIn(staging, join(root, 'dist'), join(root, 'dist.previous-1'))).toEqual({ ok: true });
    expect(readdirSync(root)).toEqual(['dist']);
    expect(existsSync(join(root, 'dist/en/2/index.html'))).toBe(true);
    expect(existsSync(join(root, 'dist/index.html'))).toBe(false);
  });
});

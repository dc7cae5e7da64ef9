import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageTypes, weighPage } from '../scripts/page-weight.mjs';

/**
 * Size budgets over the built files, deterministic (gzip level 9, no network): what a first visit to each
 * page type downloads. For scale: Starlight ships 49 KB on first load of a plain page. Ours must stay
 * within these, in every language.
 */
const dist = 'dist';
const KB = 1024;
const budgets: Record<string, number> = {
  'language choice': 20 * KB,
  cover: 20 * KB,
  'chapter, text only': 20 * KB,
  'chapter with charts': 35 * KB,
  'chapter with pictograms': 35 * KB,
  figures: 35 * KB,
  timeline: 20 * KB,
  search: 20 * KB,
  about: 20 * KB,
  'not found (404)': 20 * KB,
};

test.describe('size budgets, first load, gzip', () => {
  for (const [type, page] of Object.entries(pageTypes)) {
    for (const lang of ['zh', 'ko', 'en']) {
      const file = page.replace(/^zh\//, `${lang}/`);
      if (lang !== 'zh' && file === page) continue;
      test(`${type} (${file}) ≤ ${budgets[type]! / KB} KB`, () => {
        const weight = weighPage(dist, file);
        expect(weight.total, JSON.stringify(weight)).toBeLessThanOrEqual(budgets[type]!);
      });
    }
  }

  test('search code and the index are not part of any first load', () => {
    for (const [type, page] of Object.entries(pageTypes)) {
      const { files, lazy } = weighPage(dist, page);
      const loaded = [...files.js, ...files.css].join(' ');
      expect(loaded, type).not.toMatch(/pagefind/);
      if (type !== 'search') expect(files.js.join(' '), type).not.toMatch(/search-dialog|search\.[\w-]+\.js/);
      // The dialog's code exists, but as a chunk loaded on demand.
      if (type === 'cover') expect(lazy.join(' ')).toMatch(/search-dialog/);
    }
  });

  test('no image over 200 KB, no file that asks another origin', () => {
    const files = readdirSync(dist, { recursive: true }).map(String);
    for (const file of files.filter((f) => /\.(png|jpe?g|webp|avif|gif|svg)$/.test(f))) {
      expect(statSync(join(dist, file)).size, file).toBeLessThanOrEqual(200 * KB);
    }
    for (const file of files.filter((f) => /\.(html|css|js)$/.test(f) && !f.startsWith('pagefind/'))) {
      const text = readFileSync(join(dist, file), 'utf8');
      // Canonical, hreflang and og:url name the public address; nothing else may point off the site.
      const fetched = [...text.matchAll(/\b(?:src|srcset|action)="(https?:\/\/[^"]+)"|url\((["']?)(https?:\/\/[^)"']+)\2\)|<link\b(?![^>]*rel="(?:canonical|alternate)")[^>]*href="(https?:\/\/[^"]+)"/g)];
      expect(fetched.map((m) => m[1] ?? m[3] ?? m[4]), file).toEqual([]);
    }
  });
});

import { describe, expect, it as test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageTypes, weighPage } from '../../scripts/page-weight.mjs';
import { locales, sourceLocale } from '../../src/i18n/locales';

/**
 * Size budgets over the built files, deterministic (gzip level 9, no network, no browser): what a first
 * visit to each page type downloads. Runs after the build (`vitest run --project dist`). For scale: Starlight ships 49 KB on first load of a plain page. Ours must stay
 * within these, in every language.
 */
const dist = join(import.meta.dirname, '..', '..', 'dist');
const KB = 1024;
type Budget = { html: number; css: number; js: number; total: number };
const page = (total: number, js = 5): Budget => ({ html: 12 * KB, css: 8 * KB, js: js * KB, total: total * KB });
/** A page of text ≤ 20 KB on first load; a chapter with its charts ≤ 35 KB, its JavaScript ≤ 30 KB. */
const budgets: Record<string, Budget> = {
  'language choice': page(20),
  cover: page(20),
  'chapter, text only': page(20),
  'chapter with charts': page(35, 30),
  'chapter with pictograms': page(35, 30),
  figures: page(35, 30),
  timeline: page(20),
  search: page(20),
  about: page(20),
  'not found (404)': page(20),
};

/**
 * A parallel page may weigh what its chapter may, plus the second language's text (its chapter's
 * paragraphs and headings as that chapter page sets them, gzip), and its own small stylesheet.
 */
const parallelStylesheet = 2 * KB;
function secondText(lang: string, slug: string): number {
  const html = readFileSync(join(dist, lang, slug, 'index.html'), 'utf8');
  const prose = html.slice(html.indexOf('class="prose"'), html.indexOf('class="print-source"'));
  const text = [...prose.matchAll(/<p id="p\d+"[\s\S]*?<\/p>|<h2\b[\s\S]*?<\/h2>/g)].map((m) => m[0]).join('');
  return gzipSync(text, { level: 9 }).length;
}

describe('size budgets, first load, gzip', () => {
  for (const [type, page] of Object.entries(pageTypes)) {
    for (const lang of locales) {
      const file = page.replace(new RegExp(`^${sourceLocale}/`), `${lang}/`);
      if (lang !== sourceLocale && file === page) continue;
      const budget = budgets[type];
      if (!budget) continue; // parallel pages: below, with the second language's text
      test(`${type} (${file}) ≤ ${budget.total / KB} KB: HTML ≤ ${budget.html / KB}, CSS ≤ ${budget.css / KB}, JS ≤ ${budget.js / KB}`, () => {
        const weight = weighPage(dist, file);
        for (const part of ['html', 'css', 'js', 'total'] as const) {
          expect(weight[part], `${part} of ${file}: ${JSON.stringify(weight.files)}`).toBeLessThanOrEqual(budget[part]);
        }
      });
    }
  }

  const chapterBudget = budgets['chapter with charts']!;
  for (const lang of ['zh', 'ko', 'en']) {
    test(`parallel pages (${lang}): within the chapter budget plus the second language's text`, () => {
      const pages = readdirSync(join(dist, lang), { recursive: true })
        .map(String)
        .filter((file) => /(^|\/)parallel\/(\w+\/)?index\.html$/.test(file));
      expect(pages.length).toBe(16); // 8 chapters, 2 pairs each
      for (const file of pages) {
        const [slug, , other] = file.split('/');
        const second = other === 'index.html' ? (lang === 'zh' ? 'ko' : 'zh') : other!;
        const extra = secondText(second, slug!);
        expect(extra, `${second}/${slug}/ has text to pair`).toBeGreaterThan(200);
        const weight = weighPage(dist, join(lang, file));
        const where = `${lang}/${file} (+${(extra / KB).toFixed(1)} KB of ${second}): ${JSON.stringify(weight.files)}`;
        expect(weight.html, where).toBeLessThanOrEqual(chapterBudget.html + extra);
        expect(weight.css, where).toBeLessThanOrEqual(chapterBudget.css + parallelStylesheet);
        expect(weight.js, where).toBeLessThanOrEqual(chapterBudget.js);
        expect(weight.total, where).toBeLessThanOrEqual(chapterBudget.total + extra);
      }
    });
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

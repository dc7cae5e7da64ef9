#!/usr/bin/env node
/**
 * Search benchmark: the index each language ships, and how fast the first result comes in a real Chromium.
 *   npm run build && node bench/search.mjs [--runs 5]
 * Serves dist/ itself on a free port. Prints two Markdown tables. Target: first result within 100 ms once
 * the index is loaded (a timing target, so measured here and not asserted in a test).
 */
import { chromium } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { launchOptions } from '../scripts/browser.mjs';
import { waitFor } from '../scripts/wait-for.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, port: { type: 'string', default: '4395' } } });
const runs = Number(values.runs);
const dir = 'dist/pagefind';

// 1. What each language's index weighs: its metadata, word index, filters and page fragments.
const files = readdirSync(dir, { recursive: true }).map(String).filter((file) => /\.pf_(meta|index|filter|fragment)$/.test(file));
const languages = ['zh-cn', 'ko', 'en'];
// Pagefind writes these files compressed already: their size on disk is what a visitor downloads.
console.log('| language | files | bytes (compressed by Pagefind) |\n| --- | ---: | ---: |');
for (const lang of languages) {
  const mine = files.filter((file) => file.replace(/^.*[\\/]/, '').replace(/^pagefind\./, '').startsWith(`${lang}_`));
  const bytes = mine.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
  console.log(`| ${lang} | ${mine.length} | ${bytes} |`);
}
const wasm = readdirSync(dir).filter((file) => file.endsWith('.pagefind'));
console.log(`\nShared: pagefind.js ${statSync(join(dir, 'pagefind.js')).size} B; ${wasm.map((f) => `${f} ${statSync(join(dir, f)).size} B`).join('; ')}`);

// 2. Time to first result, per query, after the index has loaded.
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', values.port], { stdio: 'ignore' });
await waitFor(`http://127.0.0.1:${values.port}/`);
const browser = await chromium.launch(launchOptions);
const queries = { zh: ['巾帼', '贷款', '家长学校', '最美家庭', '1559', '两癌'], ko: ['녀성', '대출', '학부모학교', '가장 아름다운 가정'], en: ['women', 'loans', 'parent schools', 'screening'] };
console.log(`\n| language | query | index load ms | first result ms (median of ${runs}) | results |\n| --- | --- | ---: | ---: | ---: |`);
try {
  for (const [lang, list] of Object.entries(queries)) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${values.port}/${lang}/search/`);
    const load = await page.evaluate(async () => {
      const started = performance.now();
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      await pagefind.search('的'); // warm the language's wasm and index
      window.__pagefind = pagefind;
      return performance.now() - started;
    });
    for (const query of list) {
      const times = [];
      let count = 0;
      for (let i = 0; i < runs; i++) {
        const result = await page.evaluate(async (q) => {
          const started = performance.now();
          const response = await window.__pagefind.search(q);
          if (response.results[0]) await response.results[0].data();
          return { ms: performance.now() - started, count: response.results.length };
        }, query);
        times.push(result.ms);
        count = result.count;
      }
      times.sort((a, b) => a - b);
      console.log(`| ${lang} | ${query} | ${load.toFixed(0)} | ${times[Math.floor(times.length / 2)].toFixed(1)} | ${count} |`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}

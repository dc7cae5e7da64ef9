import { chromium } from '@playwright/test';
import { launchOptions } from './scripts/browser.mjs';
const browser = await chromium.launch(launchOptions);
for (let i = 0; i < 2; i++) {
const context = await browser.newContext();
const page = await context.newPage();
await page.goto('http://127.0.0.1:4423/ko/family/', { waitUntil: 'load' });
await page.evaluate(() => { window.__t = []; document.addEventListener('input', () => window.__t.push(['input', performance.now()]), true);
  const d = document.querySelector('dialog'); new MutationObserver(() => window.__t.push(['mut', performance.now(), d.querySelector('[data-search-status]').textContent.slice(0,30), d.querySelectorAll('.search-hit').length])).observe(d, {subtree:true, childList:true, characterData:true}); });
const t0 = await page.evaluate(() => performance.now());
await page.keyboard.press('/');
await page.keyboard.type('여성', { delay: 80 });
await page.waitForFunction(() => document.querySelector('dialog [data-search-status]').textContent.includes('“여성”'), null, {timeout: 30000});
const out = await page.evaluate((t0) => ({ t: window.__t.map(([k, t, ...r]) => [k, Math.round(t - t0), ...r]), res: performance.getEntriesByType('resource').map((e) => [e.name.replace(/^.*\//, '').slice(0, 30), Math.round(e.startTime - t0), Math.round(e.responseEnd - t0)]) }), t0);
console.log(JSON.stringify(out.res)); console.log(JSON.stringify(out.t));
await context.close();
}
await browser.close();

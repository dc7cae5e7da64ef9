#!/usr/bin/env node
/**
 * Screenshots of the kiosk, to look at: the attract loop (every slide) and exploring (home, a chapter,
 * search with results), in both orientations of the venue's screen, in each language.
 *   node scripts/kiosk-screenshots.mjs [--base http://127.0.0.1:4321/] [--langs zh,ko,en] [--slides]
 * Writes reports/kiosk/<lang>-<orientation>-<what>.png. Serve the site first (npm run preview).
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchOptions } from './browser.mjs';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:4321/' },
    langs: { type: 'string', default: 'zh,ko,en' },
    slides: { type: 'boolean', default: false },
    dark: { type: 'boolean', default: false },
  },
});
const screens = { landscape: { width: 1920, height: 1080 }, portrait: { width: 1080, height: 1920 } };
mkdirSync('reports/kiosk', { recursive: true });
const browser = await chromium.launch(launchOptions);
for (const [orientation, viewport] of Object.entries(screens)) {
  const context = await browser.newContext({
    viewport,
    hasTouch: true,
    colorScheme: values.dark ? 'dark' : 'light',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && console.error(`console: ${message.text()}`));
  for (const lang of values.langs.split(',')) {
    /** @param {string} what */
    const shot = async (what) => {
      const path = `reports/kiosk/${lang}-${orientation}${values.dark ? '-dark' : ''}-${what}.png`;
      await page.screenshot({ path });
      console.log(path);
    };
    // A slow loop (it is advanced by hand below, slide by slide).
    await page.goto(new URL(`${lang}/kiosk/?slide=600000`, values.base).href);
    const slides = await page.locator(`[data-deck=${lang}] .slide`).count();
    for (let i = 0; i < (values.slides ? slides : 4); i++) {
      await page.evaluate(
        ([lang, i]) => {
          for (const slide of document.querySelectorAll('.slide')) slide.classList.remove('is-current');
          const slide = document.querySelectorAll(`[data-deck=${lang}] .slide`)[Number(i)];
          if (!slide) return;
          slide.classList.add('is-current');
          for (const chart of slide.querySelectorAll('yinji-chart')) chart.dispatchEvent(new Event('yinji-chart:draw'));
        },
        [lang, i],
      );
      await shot(`loop-${String(i + 1).padStart(2, '0')}`);
    }
    await page.locator('.touch').click();
    await page.locator(`[data-view=home][data-lang=${lang}]`).waitFor();
    await shot('explore-home');
    await page.locator(`[data-view=home][data-lang=${lang}] .tile`).nth(3).click();
    await page.frameLocator('iframe').locator('main h1').waitFor();
    await shot('explore-chapter');
    await page.locator('[data-view-go=search]').click();
    await page.locator(`[data-view=search][data-lang=${lang}] .term`).first().click();
    await page.locator(`[data-view=search][data-lang=${lang}] .search-hit`).first().waitFor();
    await shot('explore-search');
  }
  await context.close();
}
await browser.close();

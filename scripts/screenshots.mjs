#!/usr/bin/env node
/**
 * Screenshots of pages at phone and desktop widths, for looking at what we build:
 *   node scripts/screenshots.mjs [--base http://127.0.0.1:4321] [--dark] zh/ en/development/ …
 * Writes reports/screenshots/<path>-<width>[-dark].png. Serve the site first (npm run preview).
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchOptions } from './browser.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:4321/' },
    dark: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
    widths: { type: 'string', default: '390,1440' },
  },
});
mkdirSync('reports/screenshots', { recursive: true });
const browser = await chromium.launch(launchOptions);
for (const width of values.widths.split(',').map(Number)) {
  const page = await browser.newPage({
    viewport: { width, height: width < 800 ? 844 : 900 },
    colorScheme: values.dark ? 'dark' : 'light',
    reducedMotion: 'reduce',
  });
  for (const path of positionals) {
    await page.goto(new URL(path, values.base).href);
    const name = path.replace(/\/$/, '').replace(/[^a-z0-9]+/gi, '-') || 'root';
    const file = `reports/screenshots/${name}-${width}${values.dark ? '-dark' : ''}.png`;
    await page.screenshot({ path: file, fullPage: values.full });
    console.log(file);
  }
  await page.close();
}
await browser.close();

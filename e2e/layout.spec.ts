import { expect, test } from '@playwright/test';
import { locales } from './support';

const pages = ['', 'development/', 'reform/', 'figures/', 'timeline/', 'search/', 'about/'];

test.describe('responsive from 320 px to 2560 px', () => {
  for (const width of [320, 2560]) {
    test(`nothing overflows sideways at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const lang of locales) {
        for (const path of pages) {
          await page.goto(`${lang}/${path}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${lang}/${path}`).toBeLessThanOrEqual(0);
        }
      }
    });
  }

  test('touch targets in the header and chapter navigation are at least 44 px high', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('ko/family/');
    // The header's chapter list opens first, so its links are measured too.
    await page.locator('.chapter-menu summary').click();
    for (const target of await page.locator('header a, header summary, .chapter-nav a').all()) {
      const box = await target.boundingBox();
      expect(box!.height, (await target.textContent()) ?? '').toBeGreaterThanOrEqual(44);
    }
  });
});

test('a chapter prints cleanly: text and charts, no navigation, the source noted', async ({ page }) => {
  await page.goto('en/family/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  await expect(page.locator('.chapter-nav')).toBeHidden();
  await expect(page.locator('#p1')).toBeVisible();
  // Charts below the fold print whole: no entrance motion left waiting to start.
  const chart = page.locator('yinji-chart').last();
  const bar = await chart.locator('.bar').first().boundingBox();
  const svg = await chart.locator('svg').first().boundingBox();
  expect(bar!.width / svg!.width).toBeGreaterThan(0.5);
  await expect(page.locator('.print-source')).toBeVisible();
  await expect(page.locator('.print-source')).toContainText('/en/family/');
});

test('dark mode follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('zh/');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(26, 18, 23)');
});

test.describe('charts adapt to the screen without shifting the page', () => {
  test('a resize rescales the bars and keeps every chart’s height', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('en/reform/');
    const chart = page.locator('#chart-reform-officers svg');
    const wide = { svg: (await chart.boundingBox())!, bar: (await chart.locator('.bar').first().boundingBox())! };
    await page.setViewportSize({ width: 360, height: 900 });
    const narrow = { svg: (await chart.boundingBox())!, bar: (await chart.locator('.bar').first().boundingBox())! };
    expect(narrow.svg.height).toBe(wide.svg.height);
    expect(narrow.bar.width / narrow.svg.width).toBeCloseTo(wide.bar.width / wide.svg.width, 2);
  });

  test('the entrance motion runs for charts below the fold, and never when reduced motion is asked for', async ({ browser }) => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const page = await browser.newPage({ reducedMotion, viewport: { width: 1280, height: 700 } });
      await page.goto(new URL('en/reform/', test.info().project.use.baseURL).href);
      const below = page.locator('yinji-chart').last();
      await expect(below).toHaveClass(reducedMotion === 'reduce' ? /^(?!.*will-enter)/ : /will-enter/);
      await below.scrollIntoViewIfNeeded();
      await expect(below).not.toHaveClass(/will-enter/);
      await page.close();
    }
  });
});

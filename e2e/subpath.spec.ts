import { expect, test } from '@playwright/test';

/** Runs against dist.fixture: built under /yanbian-2019/ with a chapter that exists only in Chinese. */
test.describe('a chapter not yet translated', () => {
  const notices = {
    ko: '이 장은 아직 조선어 번역이 없어 중국어 원문으로 보여드립니다.',
    en: 'This chapter is not yet available in English; it is shown in the Chinese original.',
  };

  for (const lang of ['ko', 'en'] as const) {
    test(`${lang}: still has its page, showing the Chinese text with a notice in the reader's language`, async ({ page }) => {
      const response = await page.goto(`${lang}/untranslated/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('[data-fallback-notice]')).toHaveText(notices[lang]);
      await expect(page.locator('.prose')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('.prose')).toContainText('这是一章只有中文原文的测试章节');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    });
  }

  test('the Chinese page itself has no notice, and reading order includes the chapter', async ({ page }) => {
    await page.goto('zh/untranslated/');
    await expect(page.locator('[data-fallback-notice]')).toHaveCount(0);
    await page.goto('en/epilogue/');
    await expect(page.locator('a[data-nav=next]')).toHaveAttribute('href', '/yanbian-2019/en/untranslated/');
  });

  test('an appendix of ours is on the cover apart from the report, said to be ours, and in the header’s chapter list', async ({ page }) => {
    await page.goto('en/');
    const card = page.locator('.appendices .chapter-card a[href="/yanbian-2019/en/untranslated/"]');
    await expect(card).toContainText('测试附录');
    await expect(page.locator('.appendices')).toContainText('Not part of the report');
    // The report's own prologue and epilogue stay together, without it.
    await expect(page.locator('.chapters:not(.appendices) .bookends .chapter-card')).toHaveCount(2);
    await page.locator('.chapter-menu summary').click();
    await expect(page.locator('.header-chapters a').last()).toHaveAttribute('href', '/yanbian-2019/en/untranslated/');
    await expect(page.locator('.header-chapters a').last()).toContainText('测试附录');
    await page.goto('en/untranslated/');
    await expect(page.locator('[data-appendix-notice]')).toHaveText('Not part of the report: added by the editors of this site.');
    await expect(page.locator('.eyebrow').first()).toHaveText('Appendix');
  });
});

test('under a subpath every asset and link stays inside it', async ({ page }) => {
  await page.goto('en/family/');
  const urls = await page.evaluate(() => [
    ...[...document.querySelectorAll('a[href], link[href]')].map((el) => (el as HTMLAnchorElement).href),
    ...performance.getEntriesByType('resource').map((entry) => entry.name),
  ]);
  for (const url of urls) expect(new URL(url).pathname, url).toMatch(/^\/yanbian-2019\//);
});

test('search works under a subpath, and its results stay inside it', async ({ page }) => {
  await page.goto('en/search/?q=loans');
  const hit = page.locator('.search-page .search-hit').first();
  await expect(hit).toHaveAttribute('href', /^\/yanbian-2019\/en\/(development|figures)\//);
});

test.describe('parallel reading under a subpath', () => {
  test('the view, its stylesheet and its links stay inside the subpath', async ({ page }) => {
    await page.goto('en/family/');
    await page.locator('a[data-parallel-link]').click();
    await expect(page).toHaveURL(/\/yanbian-2019\/en\/family\/parallel\/$/);
    const urls = await page.evaluate(() => [
      ...[...document.querySelectorAll('a[href], link[href]')].map((el) => (el as HTMLAnchorElement).href),
      ...performance.getEntriesByType('resource').map((entry) => entry.name),
    ]);
    for (const url of urls) expect(new URL(url).pathname, url).toMatch(/^\/yanbian-2019\//);
    // The view's own stylesheet arrived: the rows are laid out as a grid.
    expect(await page.locator('#p1').evaluate((el) => getComputedStyle(el).display)).toBe('grid');
  });

  test('a chapter only in Chinese offers no parallel view, and no page pairs it', async ({ page }) => {
    await page.goto('zh/untranslated/');
    await expect(page.locator('a[data-parallel-link], a[data-to-parallel]')).toHaveCount(0);
    for (const path of ['zh/untranslated/parallel/', 'en/untranslated/parallel/', 'ko/untranslated/parallel/en/']) {
      expect((await page.request.get(path)).status(), path).toBe(404);
    }
  });
});

test('the kiosk under a subpath: its worker serves the whole subpath, offline, and its pages stay inside it', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('zh/kiosk/?slide=600000');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 120_000 });
  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { scope: registration?.scope, script: navigator.serviceWorker.controller?.scriptURL };
  });
  expect(new URL(worker.scope!).pathname).toBe('/yanbian-2019/');
  expect(new URL(worker.script!).pathname).toBe('/yanbian-2019/sw.js');
  await context.setOffline(true);
  await page.locator('[data-attract]').click();
  await page.locator('section[data-view=home][data-lang=zh] ol.tiles .tile').last().click();
  await expect(page.locator('yinji-kiosk')).toHaveAttribute('data-frame-path', '/yanbian-2019/zh/untranslated/');
  await page.locator('[data-view-go=search]').click();
  await page.locator('section[data-view=search][data-lang=zh] .term').first().click();
  await expect(page.locator('section[data-view=search][data-lang=zh] .search-hit').first()).toHaveAttribute('href', /^\/yanbian-2019\/zh\//);
  const response = await page.goto('en/untranslated/');
  expect(response?.fromServiceWorker()).toBe(true);
  await context.setOffline(false);
});

test.describe('the kiosk’s tiles', () => {
  test.use({ serviceWorkers: 'block' });

  test('an appendix of ours shows its own title beside its kind, not one more “Epilogue”', async ({ page }) => {
    await page.goto('en/kiosk/?slide=600000');
    await page.locator('[data-attract]').click();
    const tiles = page.locator('section[data-view=home][data-lang=en] ol.tiles .tile');
    const appendix = tiles.last();
    await expect(appendix).toHaveAttribute('href', '/yanbian-2019/en/untranslated/');
    await expect(appendix.locator('.tile-label')).toHaveText('Appendix');
    // Its title is in Chinese, the only language it has, and says so for the right glyphs.
    await expect(appendix.locator('.tile-title')).toHaveText('测试附录');
    await expect(appendix.locator('.tile-title')).toHaveAttribute('lang', 'zh-CN');
    // The report's own epilogue keeps its one name.
    await expect(tiles.nth(-2)).toHaveText('Epilogue');
    for (const [lang, label] of [
      ['zh', '附录'],
      ['ko', '부록'],
    ]) {
      await page.locator(`[data-set-lang=${lang}]`).click();
      const tile = page.locator(`section[data-view=home][data-lang=${lang}] ol.tiles .tile`).last();
      await expect(tile.locator('.tile-label')).toHaveText(label!);
      await expect(tile.locator('.tile-title')).toHaveText('测试附录');
    }
  });
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pageTypes, weighPage } from '../scripts/page-weight.mjs';
import { locales } from './support';

/** A page's path as the kiosk records it: under the site's base (/ or /yanbian-2019/). */
const framePath = (page: Page, path: string) => `${new URL(page.url()).pathname.replace(/[a-z]{2}\/kiosk\/.*$/, '')}${path}`;

/**
 * The kiosk at the venue: an attract loop while nobody is there, a touch to explore, back to the loop
 * after a pause, no way out of the site, and everything working with the network gone.
 * Most tests block the service worker (it would download the whole site for each); the offline test
 * runs its own server, so that it can pull the cable for real.
 */
const screens = { landscape: { width: 1920, height: 1080 }, portrait: { width: 1080, height: 1920 } };
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const precache = () => JSON.parse(readFileSync('dist/sw.js', 'utf8').match(/const PRECACHE = (\{.*?\});/)![1]!) as { version: string; files: string[] };

test.use({ viewport: screens.landscape, hasTouch: true, serviceWorkers: 'block' });

/** The kiosk's state (mode, slide, view, the page in its frame) shows in its element's attributes. */
const kiosk = (page: Page) => page.locator('yinji-kiosk');
const explorer = (page: Page, lang: string, view: 'home' | 'search') => page.locator(`section[data-view=${view}][data-lang=${lang}]`);
const frame = (page: Page) => page.frameLocator('iframe.page-frame');

/** A static server of the test's own (port: the e2e port + 7 or + 8), to be stopped at will. */
async function serve(dir: string, port: number) {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    server.stdout.once('data', () => resolve());
    server.once('exit', (code) => reject(new Error(`the server on port ${port} stopped (${code}): is the port taken?`)));
  });
  return server;
}

/**
 * A kiosk served by the test's own server (the e2e port + `offset`), so that the cable can really be
 * pulled or a new build published, in a context of its own that lets the service worker run.
 */
async function kioskOwnServer(browser: Browser, dir: string, offset: number, viewport: { width: number; height: number }) {
  const port = Number(process.env.YINJI_E2E_PORT ?? 4391) + offset;
  const server = await serve(dir, port);
  const origin = `http://127.0.0.1:${port}/`;
  const context = await browser.newContext({ viewport, hasTouch: true, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(`${origin}zh/kiosk/?slide=600000`).catch(async (error: unknown) => {
    server.kill();
    await context.close();
    throw error;
  });
  return { server, origin, context, page };
}

/**
 * For tests that come out the same whichever server the project puts in front: markup read by axe, and the
 * offline cases, which start a Node server of their own. They run in the Node projects only.
 */
const notAgainBehindNginx = () =>
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.metadata.server === 'nginx', 'the same whichever server: runs in the Node projects'));

async function startExploring(page: Page) {
  await page.locator('[data-attract]').tap();
  await expect(kiosk(page)).toHaveAttribute('data-mode', 'explore');
}

/** The kiosk of `lang` (at `origin`, or the project's), its loop standing still, tapped awake to explore. */
async function exploreKiosk(page: Page, lang: string, origin = '') {
  await page.goto(`${origin}${lang}/kiosk/?slide=600000`);
  await startExploring(page);
}

/** Search without a keyboard: the search view, its first suggested word tapped, results shown. */
async function searchSuggestedWord(page: Page, lang: string) {
  await page.locator('[data-view-go=search]').tap();
  const search = explorer(page, lang, 'search');
  await search.locator('.term').first().tap();
  await expect(search.locator('.search-hit').first()).toBeVisible();
  return search;
}

test.describe('the kiosk shell', () => {
  test('the attract loop advances slide by slide, then walks the languages zh → ko → en and comes round again', async ({ page }) => {
    await page.goto('zh/kiosk/?slide=150');
    await expect(kiosk(page)).toHaveAttribute('data-mode', 'attract');
    await expect(kiosk(page)).toHaveAttribute('data-loop-lang', 'zh');
    await expect(kiosk(page)).toHaveAttribute('data-slide', /^[1-9]/);
    await expect(kiosk(page)).toHaveAttribute('data-loop-lang', 'ko', { timeout: 30_000 });
    await expect(page.locator('[data-deck=ko] .slide.is-current')).toBeVisible();
    await expect(page.locator('[data-deck=ko]')).toHaveAttribute('lang', 'ko');
    await expect(kiosk(page)).toHaveAttribute('data-loop-lang', 'en', { timeout: 30_000 });
    await expect(kiosk(page)).toHaveAttribute('data-loop-lang', 'zh', { timeout: 30_000 });
    await expect(kiosk(page)).toHaveAttribute('data-cycles', /^[1-9]\d*$/);
    await expect(page.locator('.slide.is-current')).toHaveCount(1);
  });

  test('a slide’s charts draw themselves as it appears: never empty axes', async ({ page }) => {
    // The second slide (the headline figures) carries a chart; five seconds a slide leaves time to look.
    await page.goto('zh/kiosk/?slide=5000');
    const slide = page.locator('[data-deck=zh] .slide').nth(1);
    await expect(slide.locator('yinji-chart')).not.toHaveCount(0);
    await expect(slide.locator('yinji-chart.will-enter')).toHaveCount(1); // folded while its slide waits
    await expect(slide).toHaveClass(/is-current/, { timeout: 15_000 });
    await expect(slide.locator('yinji-chart.will-enter')).toHaveCount(0);
    for (const bar of await slide.locator('rect.bar').all()) await expect.poll(async () => (await bar.boundingBox())?.width ?? 0).toBeGreaterThan(0);
  });

  test('a Korean kiosk starts its loop in Korean', async ({ page }) => {
    await page.goto('ko/kiosk/?slide=600000');
    await expect(kiosk(page)).toHaveAttribute('data-loop-lang', 'ko');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  });

  test('with reduced motion the slides are still: no transition, charts never folded', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('zh/kiosk/?slide=5000');
    const withCharts = page.locator('[data-deck=zh] .slide').nth(1); // the headline figures, with a chart
    await expect(withCharts.locator('yinji-chart')).not.toHaveCount(0);
    await expect(withCharts).toHaveClass(/is-current/, { timeout: 15_000 });
    expect(await withCharts.evaluate((slide) => getComputedStyle(slide).transitionDuration)).toBe('0s');
    await expect(page.locator('yinji-chart.will-enter')).toHaveCount(0);
  });

  test('a tap starts exploring in the language on screen: chapters, figures, timeline, search, languages, all big enough for a finger', async ({
    page,
  }) => {
    await exploreKiosk(page, 'zh');
    await expect(explorer(page, 'zh', 'home')).toBeVisible();
    // Every control of the explorer: at least 48 × 48 px.
    for (const control of await page.locator('.explore button:visible, .explore a:visible').all()) {
      const box = (await control.boundingBox())!;
      expect(Math.min(box.width, box.height), await control.innerText()).toBeGreaterThanOrEqual(48);
    }
    await explorer(page, 'zh', 'home').locator('.tile', { hasText: '巾帼建功' }).tap();
    await expect(frame(page).locator('main h1')).toContainText('紧扣发展主线');
    // The site's own header and footer give way to the kiosk's bar, which stays.
    await expect(frame(page).locator('.site-header')).toBeHidden();
    await expect(page.locator('.kiosk-bar')).toBeVisible();
    for (const target of await frame(page).locator('.toc a:visible, .chapter-nav a:visible, .chart-data summary:visible').all()) {
      expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    }
    // The same page in Korean, one tap away.
    await page.locator('[data-set-lang=ko]').tap();
    await expect(frame(page).locator('html')).toHaveAttribute('lang', 'ko');
    await expect(kiosk(page)).toHaveAttribute('data-frame-path', framePath(page, 'ko/development/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await page.locator('.kiosk-bar a[data-page=figures]').tap();
    await expect(kiosk(page)).toHaveAttribute('data-frame-path', framePath(page, 'ko/figures/'));
    await page.locator('.kiosk-bar a[data-page=timeline]').tap();
    await expect(kiosk(page)).toHaveAttribute('data-frame-path', framePath(page, 'ko/timeline/'));
    // Search without a keyboard: a word from the glossary, as a button.
    await (await searchSuggestedWord(page, 'ko')).locator('.search-hit').first().tap();
    await expect(kiosk(page)).toHaveAttribute('data-showing', 'page');
    await expect(kiosk(page)).toHaveAttribute('data-frame-path', /\/ko\/[^/]+\/$/);
    await page.locator('[data-view-go=home]').tap();
    await expect(explorer(page, 'ko', 'home')).toBeVisible();
  });

  test('its search is the site’s: both Korean spellings, other languages’ results, the glossary; clear empties it', async ({ page }) => {
    await exploreKiosk(page, 'ko');
    await page.locator('[data-view-go=search]').tap();
    const search = explorer(page, 'ko', 'search');
    // Seoul spelling typed, Yanbian spelling found (the text writes 녀성).
    await search.locator('input').fill('여성');
    await expect(search.locator('.search-hit mark', { hasText: '녀성' }).first()).toBeVisible();
    // A Chinese name on the Korean kiosk: nothing in Korean, so the Chinese text's results, marked as such.
    await search.locator('input').fill('家长学校');
    await expect(search.locator('[data-result-lang=zh] .search-hit').first()).toBeVisible();
    await expect(search.locator('[data-search-glossary]')).toContainText('학부모학교');
    // Every control of an answer, big enough for a finger too: results, the glossary's link, ⇄ links.
    for (const control of await search.locator('button:visible, a:visible').all()) {
      const box = (await control.boundingBox())!;
      expect(Math.min(box.width, box.height), await control.innerText()).toBeGreaterThanOrEqual(48);
    }
    await search.locator('button[type=reset]').tap();
    await expect(search.locator('input')).toHaveValue('');
    await expect(search.locator('.search-hit')).toHaveCount(0);
    await expect(search.locator('[data-search-status]')).toBeEmpty();
    await expect(search.locator('[data-search-glossary]')).toBeHidden();
  });

  test('a search still on its way when the visitor clears it shows nothing when it arrives', async ({ page }) => {
    await exploreKiosk(page, 'en');
    await page.locator('[data-view-go=search]').tap();
    const search = explorer(page, 'en', 'search');
    // The results' excerpts (one fetch each) are held back until the search has been cleared.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/fragment/**', async (route) => {
      await held;
      await route.continue();
    });
    const arrived = page.waitForResponse((response) => response.url().includes('/pagefind/fragment/'));
    await search.locator('input').fill('screening');
    await expect(search.locator('[data-search-status]')).not.toBeEmpty(); // loading
    await search.locator('button[type=reset]').tap();
    release();
    await (await arrived).finished();
    // Two frames after the excerpts are in: the answer has been drawn, or dropped.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(search.locator('.search-hit')).toHaveCount(0);
    await expect(search.locator('[data-search-status]')).toBeEmpty();
  });

  test('after the idle time it returns to the loop and forgets everything: scroll, search, open tables, language', async ({ page }) => {
    await page.goto('zh/kiosk/?idle=3&slide=600000');
    await startExploring(page);
    await page.locator('[data-set-lang=en]').tap();
    await page.locator('[data-view-go=search]').tap();
    const search = explorer(page, 'en', 'search');
    await search.locator('input').fill('parent schools');
    await expect(search.locator('.search-hit').first()).toBeVisible();
    await page.locator('[data-view-go=home]').tap();
    await explorer(page, 'en', 'home').locator('.tile', { hasText: 'Family' }).tap();
    await expect(kiosk(page)).toHaveAttribute('data-frame-path', framePath(page, 'en/family/'));
    const table = frame(page).locator('.chart-data').first();
    await table.locator('summary').tap();
    await expect(table.locator('table')).toBeVisible();
    await frame(page)
      .locator('.site-footer, main')
      .last()
      .evaluate((main) => main.ownerDocument.defaultView!.scrollTo(0, 1500));
    expect(
      await frame(page)
        .locator('html')
        .evaluate((html) => html.ownerDocument.defaultView!.scrollY),
    ).toBeGreaterThan(0);

    // Nobody touches it: back to the loop, in the kiosk's language.
    await expect(kiosk(page)).toHaveAttribute('data-mode', 'attract', { timeout: 20_000 });
    await expect(kiosk(page)).toHaveAttribute('data-loop-lang', 'zh');
    await expect(kiosk(page)).toHaveAttribute('data-slide', '0');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('iframe')).toHaveCount(0);

    // The next visitor: Chinese, nothing typed, nothing found, the page from its top with its table closed.
    await startExploring(page);
    await expect(explorer(page, 'zh', 'home')).toBeVisible();
    await expect(page.locator('[data-set-lang=zh]')).toHaveAttribute('aria-pressed', 'true');
    for (const input of await page.locator('.kiosk-search input').all()) await expect(input).toHaveValue('');
    await expect(page.locator('.search-hit')).toHaveCount(0);
    await expect(page.locator('[data-search-status]:not(:empty)')).toHaveCount(0);
    await expect(page.locator('dialog[open], details[open]')).toHaveCount(0);
    await page.locator('[data-set-lang=en]').tap();
    await explorer(page, 'en', 'home').locator('.tile', { hasText: 'Family' }).tap();
    await expect(kiosk(page)).toHaveAttribute('data-frame-path', framePath(page, 'en/family/'));
    await expect(frame(page).locator('.chart-data[open]')).toHaveCount(0);
    expect(
      await frame(page)
        .locator('html')
        .evaluate((html) => html.ownerDocument.defaultView!.scrollY),
    ).toBe(0);
  });

  test('nothing leads out: other origins are inert, no menu, no selection, no history to swipe back to; a broken page returns to the loop', async ({
    page,
    baseURL,
  }) => {
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(baseURL!).origin) elsewhere.push(request.url());
    });
    await page.goto('zh/kiosk/?slide=600000');
    const kioskUrl = page.url();
    const entries = await page.evaluate(() => window.history.length);
    await startExploring(page);
    await explorer(page, 'zh', 'home').locator('.tile').nth(1).tap();
    await expect(kiosk(page)).toHaveAttribute('data-frame-path', /\/zh\/planning\//);
    // A link to another site, in a page of the frame and in the shell: nothing happens.
    for (const where of [frame(page).locator('main'), page.locator('section[data-view=home][data-lang=zh]')]) {
      await where.evaluate((element) => {
        const link = element.ownerDocument.createElement('a');
        link.href = 'https://example.com/';
        link.textContent = 'elsewhere';
        link.className = 'away';
        element.prepend(link);
      });
    }
    await frame(page).locator('a.away').tap();
    await expect(kiosk(page)).toHaveAttribute('data-frame-path', framePath(page, 'zh/planning/'));
    await page.locator('[data-view-go=home]').tap();
    await page.locator('section[data-view=home][data-lang=zh] a.away').tap();
    expect(page.url()).toBe(kioskUrl);
    // Pages visited replace one another: history does not grow, so a back gesture has nowhere to go.
    for (const tile of [3, 4, 5]) {
      await explorer(page, 'zh', 'home').locator('.tile').nth(tile).tap();
      await expect(kiosk(page)).toHaveAttribute('data-showing', 'page');
      await frame(page).locator('.chapter-nav a[data-nav=next]').tap();
      await page.locator('[data-view-go=home]').tap();
    }
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
    // No context menu, no selection, neither in the shell nor in a page.
    await explorer(page, 'zh', 'home').locator('.tile').first().tap();
    await expect(kiosk(page)).toHaveAttribute('data-frame-path', /\/zh\/prologue\//);
    for (const doc of [page.locator('html'), frame(page).locator('html')]) {
      expect(
        await doc.evaluate((html) => {
          const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
          const select = new Event('selectstart', { bubbles: true, cancelable: true });
          html.ownerDocument.body.dispatchEvent(menu);
          html.ownerDocument.body.dispatchEvent(select);
          return [menu.defaultPrevented, select.defaultPrevented, getComputedStyle(html).userSelect, getComputedStyle(html).touchAction];
        }),
      ).toEqual([true, true, 'none', 'pan-x pan-y']);
    }
    // A page that does not load (a broken link, or one the network cannot give): back to the loop.
    await page.locator('iframe.page-frame').evaluate((iframe: HTMLIFrameElement) => iframe.contentWindow!.location.replace('zh/no-such-chapter/'));
    await expect(kiosk(page)).toHaveAttribute('data-mode', 'attract');
    expect(elsewhere).toEqual([]);
  });

  test.describe('accessibility', () => {
    notAgainBehindNginx();
    for (const [orientation, viewport] of Object.entries(screens)) {
      test(`axe finds no WCAG 2.2 A/AA violation on the kiosk shell, ${orientation}`, async ({ page }) => {
        test.setTimeout(240_000);
        await page.setViewportSize(viewport);
        await page.emulateMedia({ reducedMotion: 'reduce' });
        for (const lang of locales) {
          await page.goto(`${lang}/kiosk/?slide=600000`);
          const loop = await new AxeBuilder({ page }).withTags(wcag).analyze();
          expect(
            loop.violations.map(
              (v) =>
                `${lang} loop ${v.id}: ${v.nodes
                  .map((n) => n.target.join(' '))
                  .slice(0, 3)
                  .join(' | ')}`,
            ),
          ).toEqual([]);
          await startExploring(page);
          const home = await new AxeBuilder({ page }).withTags(wcag).exclude('iframe').analyze();
          expect(
            home.violations.map(
              (v) =>
                `${lang} home ${v.id}: ${v.nodes
                  .map((n) => n.target.join(' '))
                  .slice(0, 3)
                  .join(' | ')}`,
            ),
          ).toEqual([]);
          await searchSuggestedWord(page, lang);
          const search = await new AxeBuilder({ page }).withTags(wcag).analyze();
          expect(
            search.violations.map(
              (v) =>
                `${lang} search ${v.id}: ${v.nodes
                  .map((n) => n.target.join(' '))
                  .slice(0, 3)
                  .join(' | ')}`,
            ),
          ).toEqual([]);
        }
      });
    }
  });
});

test.describe('the kiosk is not part of the visitor’s site', () => {
  test('noindex, not in the sitemap, not in the search index, linked from no visitor page; no offer to machine-translate it', async ({
    page,
    request,
  }) => {
    await page.goto('en/kiosk/');
    await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('html')).toHaveAttribute('translate', 'no');
    expect(await (await request.get('sitemap.xml')).text()).not.toMatch(/kiosk/);
    const pages = readdirSync('dist', { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.html') && !file.includes('kiosk'));
    expect(pages.length).toBeGreaterThan(40);
    for (const file of pages) expect(readFileSync(join('dist', file), 'utf8'), file).not.toMatch(/kiosk/);
    const fragments = readdirSync('dist/pagefind/fragment');
    for (const file of fragments) expect(gunzipSync(readFileSync(join('dist/pagefind/fragment', file))).toString('utf8'), file).not.toMatch(/\/kiosk\//);
  });

  test('no kiosk code or style in a visitor’s first load, and no service worker registered for visitors', () => {
    for (const [type, file] of Object.entries(pageTypes)) {
      const { files } = weighPage('dist', file);
      expect([...files.js, ...files.css].join(' '), type).not.toMatch(/kiosk|frame\./);
    }
    for (const file of readdirSync('dist/_astro').filter((name) => name.endsWith('.js') && !name.startsWith('kiosk'))) {
      expect(readFileSync(join('dist/_astro', file), 'utf8'), file).not.toMatch(/serviceWorker/);
    }
  });
});

test.describe('offline', () => {
  notAgainBehindNginx();
  test.use({ serviceWorkers: 'allow' });
  test.setTimeout(180_000);

  test('after the first load, with the network gone: every page in all three languages, a data table, and search in each language', async ({
    browser,
  }) => {
    const { server, origin, context, page } = await kioskOwnServer(browser, 'dist', 7, screens.portrait);
    try {
      await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 120_000 });
      const { version, files } = precache();
      await expect(page.locator('html')).toHaveAttribute('data-offline-version', version);
      // The worker has every file of the build and is in charge of the kiosk.
      expect(await page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, `yinji-kiosk-${version}`)).toBe(files.length);

      server.kill();
      await context.setOffline(true);
      await expect
        .poll(() =>
          page.evaluate(() =>
            fetch('/sitemap.xml').then(
              () => 'online',
              () => 'offline',
            ),
          ),
        )
        .toBe('offline');

      const pages = files.filter((file) => /^(zh|ko|en)\/([\w-]+\/)?$/.test(file));
      expect(pages.length).toBe(42); // 14 pages (cover, 8 chapters, figures, timeline, search, about, kiosk) × 3 languages
      for (const path of pages) {
        const response = await page.goto(`${origin}${path}`);
        expect(response?.status(), path).toBe(200);
        expect(response?.fromServiceWorker(), path).toBe(true);
        await expect(page.locator('h1, .slide').first(), path).toBeAttached();
      }
      // A chart's data table, on a chapter page reached with a search highlight in its address.
      await page.goto(`${origin}en/family/?highlight=parent`);
      const table = page.locator('.chart-data').first();
      await table.locator('summary').click();
      await expect(table.locator('tbody tr').first()).toBeVisible();
      // Search, in each language, from the kiosk.
      for (const lang of locales) {
        await exploreKiosk(page, lang, origin);
        await (await searchSuggestedWord(page, lang)).locator('.search-hit').first().tap();
        await expect(frame(page).locator('main')).toBeVisible();
      }
    } finally {
      server.kill();
      await context.close();
    }
  });

  test('a new build replaces the old cache, and the kiosk takes it up by itself', async ({ browser }, testInfo) => {
    // A copy of the build to publish over, as the operator would with a new dist/ (in the test's own
    // output folder, which Playwright empties).
    const site = testInfo.outputPath('dist');
    cpSync('dist', site, { recursive: true });
    const { server, context, page } = await kioskOwnServer(browser, site, 8, screens.landscape);
    try {
      await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 120_000 });
      const { version } = precache();
      await expect(page.locator('html')).toHaveAttribute('data-offline-version', version);

      // The new build: one page changed, and so the worker's version.
      const cover = join(site, 'zh/kiosk/index.html');
      writeFileSync(cover, readFileSync(cover, 'utf8').replace('</body>', '<p id="next-build">next</p></body>'));
      const worker = join(site, 'sw.js');
      writeFileSync(worker, readFileSync(worker, 'utf8').replace(`"version":"${version}"`, '"version":"next-build"'));

      // What the kiosk does every few minutes on its own; here at once. It reloads itself into the new build.
      // (The reload may come before the call returns: that is the point.)
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update())).catch(() => undefined);
      await expect(page.locator('html')).toHaveAttribute('data-offline-version', 'next-build', { timeout: 120_000 });
      await expect(page.locator('#next-build')).toBeAttached();
      expect(await page.evaluate(() => caches.keys())).toEqual(['yinji-kiosk-next-build']);
    } finally {
      server.kill();
      await context.close();
    }
  });
});

import { expect, test, type Page } from '@playwright/test';
import { reportOrder, watch } from './support';

// YINJI_CPU_THROTTLE=4 runs these journeys on a CPU four times slower (a modest phone); they wait on
// states only, so they must pass either way.
const throttle = Number(process.env.YINJI_CPU_THROTTLE ?? 1);
test.beforeEach(async ({ page, javaScriptEnabled }) => {
  if (throttle <= 1 || javaScriptEnabled === false) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
});

/** Searches on the search page and returns the chapters (or pages) of the results, best first. */
async function resultsFor(page: Page, lang: string, query: string) {
  await page.goto(`${lang}/search/?q=${encodeURIComponent(query)}`);
  const hits = page.locator('.search-page .search-hit');
  // Pagefind's first search can take many seconds on a loaded machine: wait for the state, not a clock.
  await expect(page.locator('.search-page [data-search-status]')).toHaveText(/\d|没有|없습니다|Nothing/, { timeout: 30_000 });
  await expect(page.locator('.search-page [data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
  return hits.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').filter(Boolean).at(-1)));
}

test.describe('search finds the report in each language, from the real index', () => {
  const cases: [string, string, string][] = [
    ['zh', '巾帼', 'development'],
    ['zh', '贷款', 'development'],
    ['zh', '家长学校', 'family'],
    ['zh', '最美家庭', 'family'],
    ['zh', '1559', 'family'],
    ['zh', '两癌', 'rights'],
    ['ko', '대출', 'development'],
    ['ko', '학부모학교', 'family'],
    ['ko', '가장 아름다운 가정', 'family'],
    ['ko', '선별검사', 'rights'],
    ['en', 'loans', 'development'],
    ['en', 'parent schools', 'family'],
    ['en', 'screening', 'rights'],
  ];
  for (const [lang, query, chapter] of cases) {
    test(`${lang}: “${query}” finds the ${chapter} chapter first among chapters`, async ({ page }) => {
      const seen = watch(page);
      const found = await resultsFor(page, lang, query);
      expect(found.filter((slug) => !['figures', 'timeline', 'about'].includes(slug!))[0]).toBe(chapter);
      seen.expectClean();
    });
  }

  test('results stay in the reader’s language', async ({ page, baseURL }) => {
    await page.goto('ko/search/?q=%EB%8C%80%EC%B6%9C');
    await expect(page.locator('.search-page .search-hit').first()).toBeVisible({ timeout: 30_000 });
    const links = await page.locator('.search-page .search-hit').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    for (const link of links) expect(link.startsWith(`${new URL(baseURL!).pathname}ko/`), link).toBe(true);
  });

  test('a chapter filter narrows the results', async ({ page }) => {
    await page.goto('zh/search/?q=%E5%B7%BE%E5%B8%BC');
    await expect(page.locator('.search-page .search-hit').nth(1)).toBeVisible();
    await page.locator('select[name=chapter]').selectOption('家庭文明');
    await expect(page).toHaveURL(/chapter=/);
    await expect(page.locator('.search-page .search-hit')).toHaveCount(1);
    await expect(page.locator('.search-page .search-hit')).toHaveAttribute('href', /\/zh\/family\//);
  });

  test('a result opens the chapter at the matching section, with the words highlighted', async ({ page }) => {
    await resultsFor(page, 'en', 'parent schools');
    await page.locator('.search-page .search-hit').first().click();
    await expect(page).toHaveURL(/\/en\/family\/\?highlight=.*#family-education$/);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('search')?.size ?? 0)).toBeGreaterThan(0);
    const marked = await page.evaluate(() => [...(CSS.highlights.get('search') ?? [])].map((range) => (range as Range).toString().toLowerCase()));
    expect(marked).toContain('parent');
  });
});

test.describe('the search dialog', () => {
  test('opens with "/", searches, keeps focus inside, closes with Esc', async ({ page }) => {
    await page.goto('zh/family/');
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(before.filter((url) => url.includes('pagefind'))).toEqual([]);

    await page.keyboard.press('/');
    const dialog = page.locator('dialog[data-search-dialog]');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('input')).toBeFocused();
    await page.keyboard.type('家长学校');
    await expect(dialog.locator('.search-hit').first()).toHaveAttribute('href', /\/zh\/family\//, { timeout: 30_000 });
    // Shift+Tab from the field wraps round to the dialog's last control, Tab from there back to the field.
    await page.keyboard.press('Shift+Tab');
    const last = dialog.locator('input, button, a[href]').last();
    await expect(last).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.locator('input')).toBeFocused();
    for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog')), key).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('opens with Ctrl+K and from the header’s button, with labels in the reader’s language', async ({ page }) => {
    await page.goto('ko/');
    await page.keyboard.press('Control+k');
    const dialog = page.locator('dialog[data-search-dialog]');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('searchbox', { name: '보고서 검색' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Esc: 검색 닫기' }).click();
    await expect(dialog).toBeHidden();
    await page.locator('header [data-search-open]').click();
    await expect(dialog).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs it and lists the chapters', async ({ page }) => {
    await page.goto('en/search/');
    await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
    // Every chapter of the report, in its order (the subpath's fixture build adds one that exists only in Chinese).
    const listed = await page.locator('.chapter-list a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.split('/').at(-2)));
    expect(listed.filter((slug) => slug !== 'untranslated')).toEqual(reportOrder);
  });
  test('the header’s search leads to the search page', async ({ page }) => {
    await page.goto('en/');
    await page.locator('header [data-search-open]').click();
    await expect(page).toHaveURL(/\/en\/search\/$/);
  });
});

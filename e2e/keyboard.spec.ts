import { expect, test, type Page } from '@playwright/test';

/** A visitor without a mouse: every step by keyboard, with the focus always visible. */
async function focusIsVisible(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

test('skip link, chapter navigation, a chart and search, all by keyboard', async ({ page }) => {
  await page.goto('en/family/');

  // The first Tab reveals the skip link; it takes focus to the main content.
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Tabbing on reaches the table of contents, each stop visibly focused.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    expect(await focusIsVisible(page)).toBe(true);
  }
  await expect(page.locator(':focus')).toHaveAttribute('href', /#/);

  // A chart is one tab stop; arrows move between its marks, with details shown.
  const chart = page.locator('#chart-family-education');
  await chart.locator('.mark').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(chart.locator('.mark').nth(1)).toBeFocused();
  await expect(chart.locator('.chart-tip')).toBeVisible();
  // Tab leaves the chart: its other marks are not tab stops.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('#chart-family-education .chart-svg'))).toBeNull();

  // Search by keyboard: open, type, go to a result, follow it.
  await page.keyboard.press('Control+k');
  await expect(page.locator('dialog input')).toBeFocused();
  await page.keyboard.type('screening');
  await expect(page.locator('dialog .search-hit').first()).toBeVisible();
  // Past the search button and the close button to the first result.
  await page.keyboard.press('Tab');
  await expect(page.locator('dialog button[type=submit]')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('dialog .search-hit').first()).toBeFocused();
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/(rights|figures)\/\?highlight=/);
});

test('previous and next chapters and the language switcher are reachable by keyboard', async ({ page }) => {
  await page.goto('zh/outreach/');
  const next = page.locator('a[data-nav=next]');
  await next.focus();
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/development\/$/);
  await page.locator('a[data-switch-lang=ko]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ko\/development\/$/);
});

import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test.describe('with JavaScript off, the report still reads in full', () => {
  test('a chapter shows its text, numbers and navigation', async ({ page }) => {
    await page.goto('zh/development/');
    await expect(page.locator('#p1')).toContainText('深入实施“创业创新她行动”');
    await expect(page.locator('#fig-loans-issued')).toHaveText('6.5亿元');
    await expect(page.locator('a[data-nav=next]')).toBeVisible();
  });

  test('the cover shows the chapters and key figures', async ({ page }) => {
    await page.goto('ko/');
    await expect(page.locator('.chapter-card')).toHaveCount(8);
    await expect(page.locator('.key-figures li').first()).toBeVisible();
  });

  test('the language choice works', async ({ page }) => {
    await page.goto('./');
    await page.locator('a[data-lang=en]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

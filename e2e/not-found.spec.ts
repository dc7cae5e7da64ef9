import { expect, test } from '@playwright/test';

test('an unknown address answers 404 with a way back in every language', async ({ page }) => {
  const response = await page.goto('zh/no-such-chapter/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1').first()).toHaveText('页面未找到');
  await expect(page.locator('section[lang=ko] h1')).toHaveText('웨브페지를 찾을수 없습니다');
  await expect(page.locator('section[lang=en] h1')).toHaveText('Page not found');
  await page.locator('section[lang=en] a').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

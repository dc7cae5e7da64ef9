import { expect, test } from '@playwright/test';
import { locales, reportOrder } from './support';

test.describe('a reader goes through the report', () => {
  for (const lang of locales) {
    test(`${lang}: next leads through every chapter in report order, previous leads back`, async ({ page }) => {
      await page.goto(`${lang}/`);
      await page.locator('a.start').click();
      const visited = [await page.locator('article').getAttribute('data-chapter')];
      while (await page.locator('a[data-nav=next]').count()) {
        await page.locator('a[data-nav=next]').click();
        visited.push(await page.locator('article').getAttribute('data-chapter'));
      }
      expect(visited).toEqual(reportOrder);
      const back = [visited.at(-1)];
      while (await page.locator('a[data-nav=previous]').count()) {
        await page.locator('a[data-nav=previous]').click();
        back.push(await page.locator('article').getAttribute('data-chapter'));
      }
      expect(back).toEqual([...reportOrder].reverse());
    });
  }

  test('the language switcher keeps the chapter', async ({ page }) => {
    await page.goto('ko/family/');
    for (const lang of ['en', 'zh', 'ko'] as const) {
      await page.locator(`a[data-switch-lang=${lang}]`).first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/family/$`));
      await expect(page.locator('article')).toHaveAttribute('data-chapter', 'family');
      await expect(page.locator(`a[data-switch-lang=${lang}]`)).toHaveAttribute('aria-current', 'page');
    }
  });

  test('the cover presents the report and its six chapters in every language', async ({ page }) => {
    const titles = { zh: '五年印记', ko: '5년의 발자취', en: 'Imprints of Five Years' };
    for (const lang of locales) {
      await page.goto(`${lang}/`);
      await expect(page.locator('h1')).toContainText(titles[lang]);
      await expect(page.locator('.cards:not(.bookends) .chapter-card')).toHaveCount(6);
      await expect(page.locator('.hero time')).toHaveAttribute('datetime', /^2019-09-29/);
    }
  });

  test('the header’s chapter list leads to every chapter, in report order, and marks the one being read', async ({ page }) => {
    await page.goto('ko/family/');
    const list = page.locator('.site-header .header-chapters');
    await expect(list).toBeHidden();
    await page.locator('.chapter-menu summary').click();
    await expect(list).toBeVisible();
    expect(await list.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(reportOrder.map((slug) => `/ko/${slug}/`));
    await expect(list.locator('a[aria-current=page]')).toHaveAttribute('href', '/ko/family/');
    await list.locator('a[href="/ko/rights/"]').click();
    await expect(page).toHaveURL(/\/ko\/rights\/$/);
    await expect(page.locator('h1')).toContainText('녀성 권익수호망');
  });

  test('a chapter has a table of contents whose links land on its sections', async ({ page }) => {
    await page.goto('en/development/');
    const toc = page.getByRole('navigation', { name: 'In this chapter' });
    await expect(toc.getByRole('link')).toHaveCount(4);
    await toc.getByRole('link', { name: 'Women’s Action against Poverty' }).click();
    await expect(page).toHaveURL(/#womens-action-against-poverty$/);
    await expect(page.getByRole('heading', { name: 'Women’s Action against Poverty' })).toBeInViewport();
  });

  test('numbers in the text come from the figure records, with their qualifier', async ({ page }) => {
    await page.goto('zh/development/');
    await expect(page.locator('#fig-loans-issued')).toHaveText('6.5亿元');
    await expect(page.locator('#fig-women-supported')).toHaveText('1.5万名');
    await page.goto('en/development/');
    await expect(page.locator('#fig-training-courses')).toHaveText('more than 800');
    await page.goto('ko/rights/');
    await expect(page.locator('#fig-welfare-funds')).toHaveText('1,000여만원');
  });

  test('a key figure takes the reader to the sentence that states it', async ({ page }) => {
    await page.goto('en/');
    await page.locator('.key-figures a[href$="#fig-parent-schools"]').click();
    await expect(page).toHaveURL(/\/en\/family\/#fig-parent-schools$/);
    await expect(page.locator('#fig-parent-schools')).toBeInViewport();
    // The number the reader came for is marked (:target), not left transparent.
    expect(await page.locator('#fig-parent-schools').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });
});

test('the root offers the three languages without redirecting', async ({ page }) => {
  const response = await page.goto('./');
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toMatch(/\/$/);
  await expect(page.locator('a[data-lang]')).toHaveCount(3);
});

test('Korean and English keep their own half-width punctuation beside quotation marks and 《》', async ({ page }) => {
  await page.goto('en/outreach/');
  await expect(page.locator('#p1')).not.toContainText('，');
  await page.goto('ko/family/');
  await expect(page.locator('.prose')).not.toContainText('，');
  await page.goto('zh/outreach/');
  await expect(page.locator('#p1')).toContainText('，');
});

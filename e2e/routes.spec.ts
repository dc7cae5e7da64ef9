import { expect, test } from '@playwright/test';
import { locales, reportOrder, sitemapPaths, watch } from './support';

test.describe('every page of the site answers, cleanly and from its own origin', () => {
  test('the sitemap lists every chapter and page in every language', async ({ page, baseURL }) => {
    const paths = await sitemapPaths(page, baseURL!);
    const base = new URL(baseURL!).pathname;
    for (const lang of locales) {
      expect(paths).toContain(`${base}${lang}/`);
      expect(paths).toContain(`${base}${lang}/about/`);
      for (const slug of reportOrder) expect(paths).toContain(`${base}${lang}/${slug}/`);
    }
  });

  test('each page answers 200 with no console error, failed request or request elsewhere, and its links resolve', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const base = new URL(baseURL!).pathname;
    const paths = [base, ...(await sitemapPaths(page, baseURL!))];
    const seen = watch(page);
    const targets = new Set<string>();
    for (const path of paths) {
      const response = await page.goto(new URL(path, baseURL).href);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1').first(), path).not.toBeEmpty();
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      for (const href of new Set(hrefs.map((h) => h.split('#')[0]!))) {
        expect(new URL(href).origin, `${path} links to ${href}`).toBe(new URL(baseURL!).origin);
        targets.add(href);
      }
    }
    seen.expectClean();
    // Every link on every page leads somewhere on this site that exists (CSV files and the sitemap included).
    for (const target of targets) {
      const response = await page.request.get(target);
      expect(response.status(), target).toBe(200);
    }
  });

  test('each page declares its language, canonical URL and translations', async ({ page, baseURL }) => {
    const tags = { zh: 'zh-CN', ko: 'ko', en: 'en' };
    for (const lang of locales) {
      await page.goto(new URL(`${lang}/family/`, baseURL).href);
      await expect(page.locator('html')).toHaveAttribute('lang', tags[lang]);
      await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`/${lang}/family/$`));
      for (const other of locales) {
        await expect(page.locator(`link[rel=alternate][hreflang="${tags[other]}"]`)).toHaveAttribute('href', new RegExp(`^https?://.+/${other}/family/$`));
      }
      expect((await page.title()).length).toBeGreaterThan(3);
      await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /.{10,}/);
    }
  });
});

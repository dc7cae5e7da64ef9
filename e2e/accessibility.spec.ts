import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { locales } from './support';

/** Every page type, in every language, against WCAG 2.2 A and AA, in light and in dark. */
const pageTypes = {
  cover: (lang: string) => `${lang}/`,
  chapter: (lang: string) => `${lang}/development/`,
  'chapter with pictograms': (lang: string) => `${lang}/reform/`,
  figures: (lang: string) => `${lang}/figures/`,
  timeline: (lang: string) => `${lang}/timeline/`,
  // A glossary name: the answer shows the glossary panel beside the hits.
  search: (lang: string) => `${lang}/search/?q=${encodeURIComponent({ zh: '家长学校', ko: '학부모학교', en: 'parent schools' }[lang] ?? '')}`,
  about: (lang: string) => `${lang}/about/`,
  'parallel reading': (lang: string) => `${lang}/development/parallel/`,
  'parallel reading, the other pair': (lang: string) => `${lang}/family/parallel/${lang === 'en' ? 'ko' : 'en'}/`,
};
// The pages whose disclosures hold something of their own: the chapter menu with the current chapter marked,
// the charts' data tables (every one of them on the figures page).
const withDisclosures = new Set(['chapter', 'chapter with pictograms', 'figures', 'parallel reading']);
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** What axe finds on the page (or inside `within`), a line per rule with its first few places. */
async function violationsOn(page: Page, within?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(wcag);
  const { violations } = await (within ? axe.include(within) : axe).analyze();
  return violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${scheme}`, () => {
    test.use({ colorScheme: scheme, reducedMotion: 'reduce' });

    for (const [type, path] of Object.entries(pageTypes)) {
      for (const lang of locales) {
        test(`${type} (${lang}) has no WCAG 2.2 A/AA violation${withDisclosures.has(type) ? ', closed or with every disclosure open' : ''}`, async ({
          page,
        }) => {
          // The figures page opens every chart's table: axe reads thousands of cells, slow on a loaded machine.
          if (type === 'figures') test.slow();
          await page.goto(path(lang));
          // Pagefind's first search can take many seconds on a loaded machine: wait for the state, not a clock.
          if (type === 'search') {
            await expect(page.locator('.search-page .search-hit').first()).toBeVisible({ timeout: 30_000 });
            await expect(page.locator('.search-page [data-search-glossary]')).toBeVisible({ timeout: 30_000 });
          }
          expect(await violationsOn(page)).toEqual([]);
          if (!withDisclosures.has(type)) return;
          // axe reads only what is shown: a closed disclosure hides its contents from it (the current chapter's
          // label in the open chapter menu once had 4.43:1). So the disclosures again, open, each read on its own:
          // the open chapter menu lies over the page, as a menu does, and would only hide the links beneath it.
          await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
          await expect(page.locator('.chapter-menu .header-chapters')).toBeVisible();
          expect(await violationsOn(page, 'details')).toEqual([]);
        });
      }
    }

    test('the language choice and the 404 page have no WCAG 2.2 A/AA violation', async ({ page }) => {
      for (const path of ['./', 'zh/missing/']) {
        await page.goto(path);
        expect((await violationsOn(page)).map((violation) => `${path} ${violation}`)).toEqual([]);
      }
    });

    test('the parallel view on a phone, interleaved, has no WCAG 2.2 A/AA violation', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      for (const path of ['zh/reform/parallel/', 'ko/development/parallel/en/']) {
        await page.goto(path);
        expect((await violationsOn(page)).map((violation) => `${path} ${violation}`)).toEqual([]);
      }
    });

    test('the open search dialog has no WCAG 2.2 A/AA violation', async ({ page }) => {
      await page.goto('en/');
      await page.keyboard.press('/');
      await expect(page.locator('dialog input')).toBeFocused();
      await page.keyboard.type('loans');
      await expect(page.locator('dialog .search-hit').first()).toBeVisible({ timeout: 30_000 });
      expect(await violationsOn(page, 'dialog')).toEqual([]);
    });
  });
}

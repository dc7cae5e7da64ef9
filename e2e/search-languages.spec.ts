import { expect, test, type Page } from '@playwright/test';
import { watch } from './support';

/**
 * A Korean or English reader searching the report: in either Korean spelling, in another language's
 * words, by a glossary name; and search ready before the first keystroke, even on a slow phone.
 * Every wait is on a state (a status line, a result, a request), never on a fixed time.
 */
const status = (page: Page) => page.locator('.search-page [data-search-status]');
const hits = (page: Page) => page.locator('.search-page .search-hit');
const paths = (page: Page) => hits(page).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

async function searchPage(page: Page, lang: string, query: string) {
  await page.goto(`${lang}/search/?q=${encodeURIComponent(query)}`);
  await expect(status(page)).toContainText(`“${query}”`);
  // Results beyond the first screen follow: the list is busy until they are in.
  await expect(page.locator('.search-page [data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
}

test.describe('both Korean spellings find the same passages', () => {
  for (const [seoul, yanbian] of <[string, string][]>[
    ['여성', '녀성'],
    ['연합회', '련합회'],
    ['역량', '력량'],
    ['이용하여', '리용하여'],
    ['누계로', '루계로'],
    ['노인존경', '로인존경'],
    ['영도', '령도'],
  ]) {
    test(`${seoul} (as in Seoul) and ${yanbian} (as in Yanbian)`, async ({ page }) => {
      const seen = watch(page);
      await searchPage(page, 'ko', yanbian);
      await expect(hits(page).first()).toBeVisible();
      const found = await paths(page);
      await searchPage(page, 'ko', seoul);
      await expect(hits(page).first()).toBeVisible();
      expect((await paths(page)).sort()).toEqual(found.sort());
      // The excerpts mark the word as the text spells it.
      expect(await page.locator('.search-page .search-hit mark').allTextContents()).toContainEqual(expect.stringContaining(yanbian.slice(0, 2)));
      seen.expectClean();
    });
  }

  test('a result for the Seoul spelling opens the chapter with the Yanbian word highlighted', async ({ page }) => {
    await searchPage(page, 'ko', '이용하여');
    const first = hits(page).first();
    await expect(first).toHaveAttribute('href', /\/ko\/(outreach|rights)\//);
    await first.click();
    await expect(page).toHaveURL(/highlight=/);
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('search') ?? [])].map((range) => (range as Range).toString())))
      .toContain('리용하여');
  });
});

test.describe('a part of a Korean compound', () => {
  for (const [part, chapter, compound] of <[string, string, string][]>[
    ['검사', 'rights', '선별검사'],
    ['선전강연', 'outreach', '보고선전강연'],
    ['발전규획', 'planning', '녀성발전규획'],
  ]) {
    test(`${part} finds ${compound} in the ${chapter} chapter, and opens it with the part highlighted`, async ({ page }) => {
      await searchPage(page, 'ko', part);
      const first = hits(page).first();
      await expect(first).toHaveAttribute('href', new RegExp(`^/ko/${chapter}/`));
      await expect(first.locator('mark').first()).toContainText(compound);
      await first.click();
      await expect(page).toHaveURL(/highlight=/);
      const highlighted = () => page.evaluate(() => [...(CSS.highlights.get('search') ?? [])].map((range) => (range as Range).toString()));
      await expect.poll(highlighted).toContain(part);
    });
  }

  test('a part in the Seoul spelling, 연합회, finds 부녀련합회 as Yanbian writes it', async ({ page }) => {
    await searchPage(page, 'ko', '연합회');
    await expect(hits(page).first()).toBeVisible();
    expect(await page.locator('.search-page .search-hit mark').allTextContents()).toContainEqual(expect.stringMatching(/^주?부녀련합회/));
  });
});

test.describe('a query in another language’s words', () => {
  test('a Korean reader typing 家长学校 is told Korean has nothing and shown the Chinese text, marked as Chinese', async ({ page }) => {
    await searchPage(page, 'ko', '家长学校');
    await expect(status(page)).toHaveText(/조선어 본문에는 결과가 없고 중국어 본문에서 \d+건을 찾았습니다/);
    await expect(hits(page).first()).toHaveAttribute('href', /^\/zh\/family\//);
    const item = page.locator('.search-page .search-results > li').first();
    await expect(item).toHaveAttribute('lang', 'zh-CN');
    await expect(item.locator('.search-lang')).toHaveText('중국어');
  });

  test('an English reader typing 两癌 gets the Chinese rights chapter, and the glossary gives the English name', async ({ page }) => {
    await searchPage(page, 'en', '两癌');
    await expect(status(page)).toHaveText(/Nothing in English for “两癌”\. Found in Chinese: \d+\./);
    expect(await paths(page)).toContain('/zh/rights/');
    await expect(page.locator('.search-page [data-search-glossary]')).toContainText('two cancers');
  });

  test('a Chinese reader typing an English word is shown the English text', async ({ page }) => {
    await searchPage(page, 'zh', 'screening');
    await expect(status(page)).toContainText('英文');
    expect(await paths(page)).toContain('/en/rights/');
  });

  test('a query found in the reader’s own language stays there', async ({ page }) => {
    await searchPage(page, 'en', 'parent schools');
    await expect(status(page)).not.toContainText('Nothing');
    for (const path of await paths(page)) expect(path).toMatch(/^\/en\//);
  });
});

test.describe('the glossary', () => {
  test('a glossary name typed in any language shows the other two', async ({ page }) => {
    for (const [lang, query] of [
      ['ko', '학부모학교'],
      ['ko', '家长学校'],
      ['en', 'parent schools'],
      ['zh', '学部模'],
      ['zh', '家长学校'],
    ] as const) {
      await searchPage(page, lang, query);
      const glossary = page.locator('.search-page [data-search-glossary]');
      if (query === '学部模') {
        await expect(glossary).toBeHidden();
        continue;
      }
      await expect(glossary.locator('li').first()).toHaveText('家长学校 · 학부모학교 · parent schools');
      await expect(glossary.locator('li [lang=ko]').first()).toHaveText('학부모학교');
    }
  });

  test('is searchable: the about page’s glossary is a result, in the reader’s own column only', async ({ page }) => {
    await searchPage(page, 'ko', '학부모학교');
    expect(await paths(page)).toContain('/ko/about/');
    await expect(page.locator('.search-page .search-hit[href*="/ko/about/"] .search-title')).toHaveText('용어 대조표');
    // The Korean index holds the Korean names, not the Chinese ones: 家长学校 finds no Korean page.
    await searchPage(page, 'ko', '家长学校');
    expect((await paths(page)).filter((path) => path.startsWith('/ko/'))).toEqual([]);
  });

  test('a glossary result opens the about page with the name highlighted', async ({ page }) => {
    await searchPage(page, 'en', 'Health Express for Mothers');
    await page.locator('.search-page .search-hit[href*="/en/about/"]').click();
    await expect(page).toHaveURL(/\/en\/about\/\?highlight=/);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('search')?.size ?? 0)).toBeGreaterThan(0);
  });
});

test.describe('search is ready before the first keystroke', () => {
  const indexRequest = (page: Page, lang: string) =>
    page.waitForRequest((request) => new RegExp(`/pagefind/index/${lang}_[^/]+\\.pf_index$`).test(request.url()));

  test('opening the dialog loads Pagefind and the reader’s index', async ({ page }) => {
    await page.goto('ko/family/');
    const index = indexRequest(page, 'ko');
    await page.keyboard.press('/');
    await index; // no key typed yet
    await expect(page.locator('dialog[data-search-dialog] input')).toHaveValue('');
  });

  test('the pointer coming near the search button starts loading', async ({ page }) => {
    await page.goto('en/');
    const button = page.locator('header [data-search-open]').first();
    const box = (await button.boundingBox())!;
    const script = page.waitForRequest(/\/pagefind\/pagefind\.js$/);
    await page.mouse.move(box.x - 40, box.y + box.height / 2);
    await script;
    await expect(page.locator('dialog[data-search-dialog]')).toBeHidden();
  });

  test('the search page loads the index as it opens', async ({ page }) => {
    const index = indexRequest(page, 'zh-cn');
    await page.goto('zh/search/');
    await index;
  });
});

test.describe('on a phone four times slower', () => {
  test.beforeEach(async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  });

  test('the dialog searches in both Korean spellings and across languages', async ({ page }) => {
    const seen = watch(page);
    await page.goto('ko/family/');
    await page.keyboard.press('/');
    const dialog = page.locator('dialog[data-search-dialog]');
    await expect(dialog.locator('input')).toBeFocused();
    await page.keyboard.type('여성', { delay: 80 });
    await expect(dialog.locator('[data-search-status]')).toContainText('“여성” 검색 결과');
    await expect(dialog.locator('.search-hit').first()).toBeVisible();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('家长学校', { delay: 80 });
    await expect(dialog.locator('[data-search-status]')).toContainText('중국어 본문에서');
    await expect(dialog.locator('.search-hit').first()).toHaveAttribute('href', /^\/zh\/family\//);
    await expect(dialog.locator('[data-search-glossary] li').first()).toHaveText('家长学校 · 학부모학교 · parent schools');
    seen.expectClean();
  });
});

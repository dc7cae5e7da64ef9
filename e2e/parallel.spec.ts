import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { locales, reportOrder, sitemapPaths, watch } from './support';

/**
 * A reader sets a chapter beside its original or another translation: paragraph against paragraph, in
 * any pair of the three languages, on a phone or a desk, printed, from search or from the chapter.
 */
type Lang = (typeof locales)[number];
const tags: Record<Lang, string> = { zh: 'zh-CN', ko: 'ko', en: 'en' };
/** The default pair of each language, then the other (i18n/paths.ts). */
const partners: Record<Lang, [Lang, Lang]> = { zh: ['ko', 'en'], ko: ['zh', 'en'], en: ['zh', 'ko'] };
const parallelPath = (lang: Lang, slug: string, other: Lang) => `${lang}/${slug}/parallel/${other === partners[lang][0] ? '' : `${other}/`}`;

/** Each chart's id with the paragraph it follows (run in the page). */
const placeOfCharts = (charts: Element[], paragraph: string) =>
  charts.map((chart) => {
    let before = chart.previousElementSibling;
    while (before && !before.matches(paragraph)) before = before.previousElementSibling;
    return `${chart.querySelector('figure')!.id} after ${before?.id ?? 'nothing'}`;
  });

/** A chapter page as the reader sees it there: its paragraphs (id, text, the figures each cites), sections and charts. */
async function chapterOf(page: Page, lang: Lang, slug: string) {
  await page.goto(`${lang}/${slug}/`);
  const paragraphs = await page.locator('.prose > p[id^="p"]').evaluateAll((nodes) =>
    nodes.map((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelector('[data-to-parallel]')?.remove();
      return {
        id: p.id,
        text: copy.textContent.trim(),
        figures: [...p.querySelectorAll('[data-figure]')].map((n) => n.getAttribute('data-figure')),
      };
    }),
  );
  const sections = await page.locator('.prose > h2').allTextContents();
  const charts = await page.locator('.prose > yinji-chart').evaluateAll(placeOfCharts, 'p[id^="p"]');
  return { paragraphs, sections, charts };
}

test.describe('every chapter aligns in every pair', () => {
  for (const slug of reportOrder) {
    test(`${slug}: the same rows in every pair, each pairing the same paragraph (by its text and its figures)`, async ({ page }) => {
      const chapter = {} as Record<Lang, Awaited<ReturnType<typeof chapterOf>>>;
      for (const lang of locales) chapter[lang] = await chapterOf(page, lang, slug);
      for (const lang of locales) {
        for (const other of partners[lang]) {
          const path = parallelPath(lang, slug, other);
          await page.goto(path);
          await expect(page.locator('html')).toHaveAttribute('lang', tags[lang]);
          expect(chapter[other].paragraphs.length, `${other}/${slug}/ has as many paragraphs as ${lang}/${slug}/`).toBe(chapter[lang].paragraphs.length);
          const rows = page.locator('.parallel .pair');
          await expect(rows, path).toHaveCount(chapter[lang].paragraphs.length);
          const seen = await rows.evaluateAll((pairs) =>
            pairs.map((pair) => ({
              id: pair.id,
              cells: [...pair.querySelectorAll(':scope > .cell')].map((cell) => ({
                lang: cell.getAttribute('lang'),
                text: cell.textContent.trim(),
                figures: [...cell.querySelectorAll('[data-figure]')].map((n) => n.getAttribute('data-figure')),
              })),
            })),
          );
          // Columns in the site's order of languages, the Chinese original first.
          const columns = locales.filter((l) => l === lang || l === other);
          seen.forEach((row, i) => {
            expect(row.id, path).toBe(`p${i + 1}`);
            expect(
              row.cells.map((cell) => cell.lang),
              path,
            ).toEqual(columns.map((l) => tags[l]));
            row.cells.forEach((cell, c) => {
              const source = chapter[columns[c]!].paragraphs[i]!;
              expect(cell.text, `${path} ${row.id} (${columns[c]})`).toBe(source.text);
              expect(cell.figures, `${path} ${row.id} (${columns[c]})`).toEqual(source.figures);
            });
            expect([...row.cells[0]!.figures].sort(), `${path} ${row.id}: both sides cite the same figures`).toEqual([...row.cells[1]!.figures].sort());
          });
          // Each section heading beside its counterpart; the page's own language keeps the heading's anchor.
          await expect(page.locator('.parallel .section-row')).toHaveCount(chapter[lang].sections.length);
          for (const l of [lang, other]) await expect(page.locator(`.parallel .section-row h2[lang="${tags[l]}"]`)).toHaveText(chapter[l].sections);
          // Each chart once, after the paragraph it follows in the chapter, in the page's language.
          expect(await page.locator('.parallel > .chart-row').evaluateAll(placeOfCharts, '.pair'), path).toEqual(chapter[lang].charts);
          await expect(page.locator('.parallel yinji-chart')).toHaveCount(chapter[lang].charts.length);
          await expect(page.locator('.parallel yinji-chart[lang]')).toHaveCount(0);
          // Figure anchors stay unique: only the page's language carries them.
          const ids = await page.locator('[id]').evaluateAll((nodes) => nodes.map((n) => n.id));
          expect(ids.length, path).toBe(new Set(ids).size);
        }
      }
    });
  }
});

test.describe('reading side by side', () => {
  test('on a phone each paragraph is followed by its translation; on a desk they stand side by side', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('en/development/parallel/');
    const cells = page.locator('#p2 > .cell');
    const [zh, en] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
    expect(await cells.nth(0).getAttribute('lang')).toBe('zh-CN');
    expect(en!.y).toBeGreaterThanOrEqual(zh!.y + zh!.height - 1);
    expect(Math.abs(en!.x - zh!.x)).toBeLessThan(2);
    const next = await page.locator('#p3 > .cell').first().boundingBox();
    expect(next!.y).toBeGreaterThan(en!.y + en!.height);
    // Nothing is squeezed sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    await page.setViewportSize({ width: 1280, height: 900 });
    const [left, right] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
    expect(Math.abs(left!.y - right!.y)).toBeLessThan(2);
    expect(right!.x).toBeGreaterThan(left!.x + left!.width);
  });

  for (const width of [320, 2560]) {
    test(`nothing overflows sideways at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['zh/development/parallel/', 'ko/reform/parallel/en/', 'en/family/parallel/ko/']) {
        await page.goto(path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
      }
    });
  }

  test('each language keeps its own typography and its lang', async ({ page }) => {
    await page.goto('zh/family/parallel/');
    const style = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const s = getComputedStyle(el);
          return { ratio: parseFloat(s.lineHeight) / parseFloat(s.fontSize), wordBreak: s.wordBreak, font: s.fontFamily };
        });
    const zh = await style('#p1 > .cell[lang="zh-CN"]');
    const ko = await style('#p1 > .cell[lang="ko"]');
    expect(zh.ratio).toBeCloseTo(1.85, 1);
    expect(ko.ratio).toBeCloseTo(1.75, 1);
    expect(ko.wordBreak).toBe('keep-all');
    expect(zh.font).toMatch(/CJK SC|PingFang SC/);
    expect(ko.font).toMatch(/CJK KR|Gothic/);
    // Full-width punctuation in the Chinese column only.
    await expect(page.locator('#p1 > .cell[lang="zh-CN"]')).toContainText('，');
    await expect(page.locator('#p1 > .cell[lang="ko"]')).not.toContainText('，');
    await page.goto('ko/family/parallel/en/');
    const en = await style('#p1 > .cell[lang="en"]');
    expect(en.ratio).toBeCloseTo(1.6, 1);
    for (const cell of await page.locator('.parallel .cell').all()) expect(await cell.getAttribute('lang')).toMatch(/^(ko|en)$/);
  });

  test('hovering or focusing a paragraph highlights its counterpart', async ({ page }) => {
    await page.goto('en/development/parallel/');
    const [zh, en] = [page.locator('#p1 > .cell').nth(0), page.locator('#p1 > .cell').nth(1)];
    const background = (cell: typeof zh) => cell.evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await background(en);
    await zh.hover();
    await expect.poll(() => background(en)).not.toBe(plain);
    await page.mouse.move(0, 0);
    await expect.poll(() => background(en)).toBe(plain);
    await page.locator('#p1 a[data-pair-link]').focus();
    await expect.poll(() => background(zh)).not.toBe(plain);
    await expect.poll(() => background(en)).not.toBe(plain);
  });

  test('a pair’s ¶ link goes to the pair and copies its address', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const seen = watch(page);
    await page.goto('ko/reform/parallel/en/');
    await page.locator('#p2 a[data-pair-link]').click();
    await expect(page).toHaveURL(/\/ko\/reform\/parallel\/en\/#p2$/);
    await expect(page.locator('[data-copy-status]')).toHaveText('링크를 복사하였습니다.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('ko/reform/parallel/en/#p2', baseURL).href);
    // The copied address opens the same pair, marked.
    await page.goto('about:blank');
    await page.goto(new URL('ko/reform/parallel/en/#p2', baseURL).href);
    await expect(page.locator('#p2')).toBeInViewport();
    expect(
      await page
        .locator('#p2 > .cell')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor),
    ).not.toBe('rgba(0, 0, 0, 0)');
    seen.expectClean();
  });

  test('from a chapter page, the reader jumps to the same paragraph in the parallel view', async ({ page }) => {
    await page.goto('en/family/');
    await expect(page.locator('a[data-parallel-link]')).toHaveAttribute('href', '/en/family/parallel/');
    await page.locator('#p2 a[data-to-parallel]').click();
    await expect(page).toHaveURL(/\/en\/family\/parallel\/#p2$/);
    await expect(page.locator('#p2')).toBeInViewport();
    await expect(page.locator('#p2 > .cell[lang="zh-CN"]')).toContainText('2017年');
    await page.goto('zh/family/');
    await page.locator('a[data-parallel-link]').click();
    await expect(page).toHaveURL(/\/zh\/family\/parallel\/$/);
    await expect(page.locator('#p1 > .cell').nth(1)).toHaveAttribute('lang', 'ko');
  });

  test('a figure link lands on the number in the page’s own language', async ({ page }) => {
    await page.goto('en/development/parallel/#fig-loans-issued');
    await expect(page.locator('#fig-loans-issued')).toHaveText('650 million yuan');
    await expect(page.locator('#fig-loans-issued')).toBeInViewport();
    await expect(page.locator('#p1 > .cell[lang="zh-CN"] [data-figure="loans-issued"]')).toHaveText('6.5亿元');
  });

  test('a translator’s note stands under the pair it follows, in its own text’s column, labelled in the page’s language', async ({ page }) => {
    // On the chapter page the English note on the “two cancers” follows a paragraph: the same one here.
    await page.goto('en/rights/');
    const noteText = (await page.locator('.prose > .translator-note').innerText()).replace(/^Translator’s note\s*/, '');
    const follows = await page.locator('.prose > .translator-note').evaluate((note) => {
      let before = note.previousElementSibling;
      while (before && !before.matches('p[id^="p"]')) before = before.previousElementSibling;
      return before?.id;
    });
    await page.goto(parallelPath('zh', 'rights', 'en'));
    const row = page.locator('.parallel .note-row');
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute('data-after', follows!);
    expect(await row.evaluate((note) => note.previousElementSibling?.id)).toBe(follows);
    // Columns in the site's order: nothing under the Chinese original, the note under the English.
    await expect(row.locator('.cell').first()).toBeEmpty();
    await expect(row.locator('.cell').last().locator('.label')).toHaveText('译者注');
    await expect(row.locator('.cell').last().locator('[lang=en]')).toHaveText(noteText);
    // Korean beside English: both translations carry a note there.
    await page.goto(parallelPath('ko', 'rights', 'en'));
    await expect(page.locator('.parallel .note-row .translator-note')).toHaveCount(2);
  });

  test('the language switcher keeps the pair where it can', async ({ page }) => {
    await page.goto('en/family/parallel/ko/');
    await expect(page.locator('a[data-switch-lang=zh]')).toHaveAttribute('href', '/zh/family/parallel/');
    await expect(page.locator('a[data-switch-lang=ko]')).toHaveAttribute('href', '/ko/family/parallel/');
    await page.locator('a[data-switch-lang=zh]').first().click();
    await expect(page.locator('#p1 > .cell')).toHaveCount(2);
    await expect(page.locator('#p1 > .cell').nth(1)).toHaveAttribute('lang', 'ko');
  });
});

test.describe('choosing a pair', () => {
  test.describe('with JavaScript off, plain links choose any pair', () => {
    test.use({ javaScriptEnabled: false });
    test('from English beside Chinese to English beside Korean, and to Chinese beside Korean', async ({ page }) => {
      await page.goto('en/outreach/parallel/');
      await expect(page.locator('.pairs a[aria-current=page]')).toHaveText('中文·English');
      await page.locator('.pairs a', { hasText: '조선어·English' }).click();
      await expect(page).toHaveURL(/\/en\/outreach\/parallel\/ko\/$/);
      await expect(page.locator('#p1 > .cell').nth(0)).toHaveAttribute('lang', 'ko');
      await expect(page.locator('#p1 > .cell').nth(1)).toHaveAttribute('lang', 'en');
      await page.locator('.pairs a', { hasText: '中文·조선어' }).click();
      await expect(page).toHaveURL(/\/zh\/outreach\/parallel\/$/);
      await expect(page.locator('#p1 > .cell').nth(1)).toHaveAttribute('lang', 'ko');
    });
  });

  test('?with=ko opens that pair, keeping the paragraph', async ({ page }) => {
    await page.goto('en/outreach/parallel/?with=ko#p1');
    await expect(page).toHaveURL(/\/en\/outreach\/parallel\/ko\/#p1$/);
    await page.goto('en/outreach/parallel/?with=fr');
    await expect(page.locator('.pairs a[aria-current=page]')).toHaveText('中文·English');
  });

  test('every link on every parallel page leads somewhere that exists', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const seen = watch(page);
    const targets = new Set<string>();
    for (const slug of reportOrder) {
      for (const lang of locales) {
        for (const other of partners[lang]) {
          const response = await page.goto(parallelPath(lang, slug, other));
          expect(response?.status()).toBe(200);
          for (const href of await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
            targets.add(href.split('#')[0]!);
          }
        }
      }
    }
    for (const target of targets) {
      expect(new URL(target).origin).toBe(new URL(baseURL!).origin);
      expect((await page.request.get(target)).status(), target).toBe(200);
    }
    seen.expectClean();
  });
});

test.describe('search and the index', () => {
  test('a hit in a chapter opens in the parallel view at its section, its words highlighted', async ({ page }) => {
    await page.goto('en/search/?q=supermarkets');
    const hit = page
      .locator('.search-page .search-results li')
      .filter({ has: page.locator('.search-parallel') })
      .first();
    await expect(hit).toBeVisible({ timeout: 30_000 }); // Pagefind's first search is slow on a loaded machine
    const results = await page.locator('.search-page .search-hit').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(results.filter((path) => path.includes('/parallel/'))).toEqual([]);
    await hit.locator('.search-parallel').click();
    await expect(page).toHaveURL(/\/en\/development\/parallel\/\?highlight=[^#]*#womens-action-against-poverty$/);
    await expect(page.locator('#womens-action-against-poverty')).toBeInViewport();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('search')?.size ?? 0)).toBeGreaterThan(0);
  });

  test('the parallel pages are not indexed: each chapter is in the search index once per language', () => {
    const dir = 'dist/pagefind/fragment';
    const urls = readdirSync(dir).map((file) => {
      const data = gunzipSync(readFileSync(`${dir}/${file}`));
      return (JSON.parse(data.subarray('pagefind_dcd'.length).toString('utf8')) as { url: string }).url;
    });
    expect(urls.filter((url) => url.includes('/parallel/'))).toEqual([]);
    for (const lang of locales) {
      for (const slug of reportOrder)
        expect(
          urls.filter((url) => url === `/${lang}/${slug}/`),
          `/${lang}/${slug}/`,
        ).toHaveLength(1);
    }
  });

  test('the parallel pages are left out of the sitemap and ask not to be indexed', async ({ page, baseURL }) => {
    expect((await sitemapPaths(page, baseURL!)).filter((path) => path.includes('/parallel/'))).toEqual([]);
    await page.goto('ko/rights/parallel/');
    await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex, follow');
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/ko\/rights\/parallel\/$/);
  });
});

test('the parallel view prints as two columns on A4 landscape', async ({ page }) => {
  await page.goto('en/family/parallel/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.pairs')).toBeHidden();
  const cells = page.locator('#p1 > .cell');
  const [left, right] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
  expect(Math.abs(left!.y - right!.y)).toBeLessThan(2);
  expect(right!.x).toBeGreaterThan(left!.x + left!.width);
  // The PDF's pages are A4 turned sideways: 297 × 210 mm, 842 × 595 points.
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  expect(box, 'a MediaBox in the PDF').not.toBeNull();
  expect(Math.round(Number(box![1]))).toBe(842);
  expect(Math.round(Number(box![2]))).toBe(595);
  // Only the parallel view turns the page: a chapter still prints upright.
  await page.goto('en/family/');
  const upright = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec((await page.pdf({ preferCSSPageSize: true })).toString('latin1'));
  expect(Number(upright![1])).toBeLessThan(Number(upright![2]));
});

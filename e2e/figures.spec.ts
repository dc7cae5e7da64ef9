import { expect, test } from '@playwright/test';
import { strict as assert } from 'node:assert';
import { locales } from './support';
import { readCharts, readFigures, readMilestones } from '../tests/content-files';

/** The records, read from content/ as the editors wrote them: what every chart, table and CSV must show. */
const figures = new Map(readFigures().map((figure) => [figure.id, figure]));
const figure = (id: string) => figures.get(id) ?? assert.fail(`no figure ${id}`);
const charts = readCharts();
const milestones = readMilestones();

test.describe('charts are in the HTML, readable with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a chapter shows its charts as SVG with captions and data tables', async ({ page }) => {
    await page.goto('en/reform/');
    const chart = page.locator('#chart-reform-officers');
    await expect(chart.locator('figcaption')).toHaveText(charts.find((c) => c.id === 'reform-officers')!.title.en);
    await expect(chart.locator('svg .bar')).toHaveCount(3);
    await expect(chart.locator('svg .value').first()).toHaveText('18,766');
    await chart.locator('summary').click();
    await expect(chart.locator('table tbody tr')).toHaveCount(3);
  });

  test('the figures page shows every chart in every language', async ({ page }) => {
    for (const lang of locales) {
      await page.goto(`${lang}/figures/`);
      for (const chart of charts) await expect(page.locator(`#chart-${chart.id} svg`).first()).toBeVisible();
    }
  });
});

test.describe('the chart island', () => {
  test('shows a mark’s details on hover', async ({ page }) => {
    await page.goto('en/development/');
    const chart = page.locator('#chart-funds');
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('.mark[data-figure=loans-issued] .bar').hover();
    const tip = chart.locator('.chart-tip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('650 million yuan');
    await expect(tip).toContainText('Loans issued');
  });

  test('gives each chart one tab stop and moves between marks with the arrow keys', async ({ page }) => {
    await page.goto('zh/outreach/');
    const marks = page.locator('#chart-outreach-activities .mark');
    await marks.first().focus();
    await expect(page.locator('#chart-outreach-activities .chart-tip')).toContainText('3795');
    await page.keyboard.press('ArrowDown');
    await expect(marks.nth(1)).toBeFocused();
    await expect(page.locator('#chart-outreach-activities .chart-tip')).toContainText('3600');
    await page.keyboard.press('End');
    await expect(marks.nth(2)).toBeFocused();
    expect(await marks.evaluateAll((els) => els.map((el) => el.getAttribute('tabindex')))).toEqual(['-1', '-1', '0']);
  });
});

test.describe('tables and downloads carry the records’ numbers', () => {
  test('each chart’s CSV lists its figures with the values of the records', async ({ page, baseURL }) => {
    for (const chart of charts) {
      const response = await page.request.get(new URL(`data/${chart.id}.csv`, baseURL).href);
      expect(response.status()).toBe(200);
      const rows = (await response.text())
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n')
        .slice(1);
      expect(rows.map((row) => row.split(',').slice(0, 4))).toEqual(
        chart.figures.map((id) => [id, figure(id).chapter, String(figure(id).value), figure(id).qualifier]),
      );
    }
  });

  test('the full CSV has every figure', async ({ page, baseURL }) => {
    const text = await (await page.request.get(new URL('data/figures.csv', baseURL).href)).text();
    expect(text.trim().split('\r\n')).toHaveLength(figures.size + 1);
  });

  test('a table row leads to the sentence in the text, which is highlighted', async ({ page }) => {
    await page.goto('ko/figures/');
    const chart = page.locator('#chart-rights-screening');
    await chart.locator('summary').click();
    await expect(chart.locator('td.number')).toHaveText('8.4만');
    await chart.locator('tbody a').click();
    await expect(page).toHaveURL(/\/ko\/rights\/#fig-women-screened$/);
    const number = page.locator('#fig-women-screened');
    await expect(number).toBeInViewport();
    const highlight = await number.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(highlight).not.toBe('rgba(0, 0, 0, 0)');
  });
});

test.describe('the five-year timeline', () => {
  for (const lang of locales) {
    test(`${lang}: every milestone is there, dated ones in time order, undated ones without a year`, async ({ page }) => {
      await page.goto(`${lang}/timeline/`);
      const dated = milestones.filter((m) => m.date).sort((a, b) => (a.date + (a.end ?? '')).localeCompare(b.date + (b.end ?? '')));
      const listed = await page.locator('ol.milestones > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-milestone')));
      expect(listed).toEqual(dated.map((m) => m.id));
      for (const m of milestones.filter((m) => !m.date)) {
        const item = page.locator(`.undated li[data-milestone="${m.id}"]`);
        await expect(item).toHaveText(m.label[lang]);
        await expect(item).not.toContainText(/20\d\d/);
      }
      await expect(page.locator('li[data-milestone=congress-11] .tag')).toBeVisible();
      await expect(page.locator('li[data-milestone=congress-11] .when')).toHaveText(/^≈2014/);
    });
  }

  test('the cover shows a glimpse that leads to it', async ({ page }) => {
    await page.goto('en/');
    await expect(page.locator('.timeline.compact li')).toHaveCount(milestones.filter((m) => m.date).length);
    await page.getByRole('link', { name: 'See the timeline' }).click();
    await expect(page.locator('h1')).toHaveText('Timeline');
  });
});

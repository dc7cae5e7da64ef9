import { expect, test, type Page } from '@playwright/test';

/**
 * The chapter first: for a word a chapter is about, the search page's first result is that chapter, not
 * the figures page, the timeline or the glossary that only repeat the word in a list. Korean also by the
 * parts of its compounds (검사 in 선별검사, 발전규획 in 녀성발전규획) and in either spelling (녀성/여성).
 * Each language's first-result precision is printed; every query must find its chapter first, but for the
 * misses named in `known` (kept, so that a fix or a new miss shows).
 */
const queries: Record<string, [query: string, chapter: string][]> = {
  zh: [
    ['家长学校', 'family'],
    ['最美家庭', 'family'],
    ['家庭教育', 'family'],
    ['爸爸学校', 'family'],
    ['贷款', 'development'],
    ['创业', 'development'],
    ['乡村振兴', 'development'],
    ['两癌', 'rights'],
    ['筛查', 'rights'],
    ['法律援助', 'rights'],
    ['副主席', 'reform'],
    ['女性社会组织', 'reform'],
    ['宣讲', 'outreach'],
    ['妇女之家', 'outreach'],
    ['男女平等', 'planning'],
    ['监测', 'planning'],
    ['沈跃跃', 'epilogue'],
  ],
  en: [
    ['parent schools', 'family'],
    ['Most Beautiful Families', 'family'],
    ['family education', 'family'],
    ['loans', 'development'],
    ['entrepreneurship', 'development'],
    ['poverty', 'development'],
    ['screening', 'rights'],
    ['legal aid', 'rights'],
    ['vice-chairs', 'reform'],
    ['social organisations', 'reform'],
    ['lectures', 'outreach'],
    ['Women’s Homes', 'outreach'],
    ['monitoring', 'planning'],
    ['equality between men and women', 'planning'],
    ['Shen Yueyue', 'epilogue'],
  ],
  ko: [
    ['학부모학교', 'family'],
    ['학교', 'family'], // part of 학부모학교
    ['가정교육', 'family'],
    ['가풍', 'family'],
    ['대출', 'development'],
    ['창업', 'development'],
    ['빈곤해탈', 'development'],
    ['선별검사', 'rights'],
    ['검사', 'rights'], // part of 선별검사
    ['법률원조', 'rights'],
    ['부주석', 'reform'],
    ['집행위원', 'reform'],
    ['보고선전강연', 'outreach'],
    ['선전강연', 'outreach'], // part of 보고선전강연
    ['녀성발전규획', 'planning'],
    ['여성발전규획', 'planning'], // the Seoul spelling
    ['발전규획', 'planning'], // part of 녀성발전규획
    ['감측', 'planning'],
  ],
};

/**
 * Queries whose chapter is not first yet. "Women’s Homes": Pagefind matches "Homes" as a beginning, so
 * "Homecoming Project" in the long development chapter (which says "women" on every line) outranks the
 * outreach chapter's one "Women’s Homes"; no ranking setting or element weight changed that.
 */
const known: Record<string, string[]> = { zh: [], en: ['Women’s Homes'], ko: [] };

async function firstResult(page: Page, lang: string, query: string): Promise<string> {
  await page.goto(`${lang}/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('.search-page [data-search-status]')).toContainText(`“${query}”`);
  const first = page.locator('.search-page .search-hit').first();
  if (!(await first.count())) return '(nothing)';
  return new URL((await first.getAttribute('href'))!, page.url()).pathname;
}

for (const [lang, set] of Object.entries(queries)) {
  test(`${lang}: each query finds its chapter first`, async ({ page }) => {
    test.setTimeout(set.length * 10_000); // a search page per query, on a shared machine
    const wrong: [query: string, why: string][] = [];
    for (const [query, chapter] of set) {
      const found = await firstResult(page, lang, query);
      if (!found.startsWith(`/${lang}/${chapter}/`)) wrong.push([query, `→ ${found} (want /${lang}/${chapter}/)`]);
    }
    console.log(`${lang}: first-result precision ${set.length - wrong.length}/${set.length}${wrong.map(([query, why]) => `; ${query} ${why}`).join('')}`);
    expect(wrong.map(([query]) => query)).toEqual(known[lang]);
  });
}

/**
 * An editor adds a chapter with `npm run new:chapter`, writes a paragraph in each language, and builds:
 * the chapter is on the cover, in the header's chapter list, after the epilogue in previous/next, in the
 * sitemap and in search, in every language. One build, on a copy of the content.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, contentCopy, root } from './builds';
import { searchIndexProblems } from '../scripts/search-coverage.mjs';

const newChapter = (content: string, ...args: string[]) => {
  const run = spawnSync(process.execPath, ['scripts/new-chapter.mjs', '--content', content, ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
};

const titles = ['--title-zh', '致谢', '--title-ko', '감사의 말', '--title-en', 'Acknowledgements'];
// A word found nowhere else on the site, so that a search for it can only find this chapter.
const paragraph = { zh: '编者向译校者致以谢忱。', ko: '편집자는 번역 교열자에게 감사드린다.', en: 'The editors thank the proofreaders.' };

describe('npm run new:chapter', () => {
  it('refuses a slug that is taken or reserved, and writes nothing', () => {
    const content = contentCopy('new-chapter-refused');
    const taken = newChapter(content, '--slug', 'family', ...titles);
    expect(taken.status).toBe(1);
    expect(taken.output).toContain('No chapter written:\n  - slug "family" is taken by ');
    expect(taken.output).toContain('chapters/zh/04-family.mdx; choose another');
    const reserved = newChapter(content, '--slug', 'timeline', ...titles);
    expect(reserved.status).toBe(1);
    expect(reserved.output).toMatch(/slug "timeline" is the address of one of the site's own pages \(.*\); choose another/);
    expect(readdirSync(join(content, 'chapters/zh'))).toHaveLength(8);
  }, 120_000);

  it('writes a chapter in zh, ko and en that builds and appears everywhere a chapter does', () => {
    const content = contentCopy('new-chapter');
    const made = newChapter(content, '--slug', 'acknowledgements', ...titles, '--summary-en', 'Whom the editors thank.');
    expect(made.status, made.output).toBe(0);
    for (const lang of ['zh', 'ko', 'en'] as const) {
      const file = join(content, `chapters/${lang}/08-acknowledgements.mdx`);
      expect(existsSync(file)).toBe(true);
      appendFileSync(file, `\n${paragraph[lang]}\n`);
    }

    const out = join(mkdtempSync(join(tmpdir(), 'yinji-new-chapter-')), 'dist');
    const run = build(['--out', out], { YINJI_CONTENT: content });
    try {
      expect(run.status, run.output).toBe(0);
      // The summary counts the pages; that the new chapter's three are among those indexed is checked below.
      expect(run.output).toMatch(/: \d+ pages; search covers \d+ pages in en, ko, zh-cn\./);
      const html = (path: string) => readFileSync(join(out, path), 'utf8');
      for (const lang of ['zh', 'ko', 'en']) {
        const href = `href="/${lang}/acknowledgements/"`;
        const cover = html(`${lang}/index.html`);
        // The cover's table of contents (its chapter cards) and the header's chapter list.
        expect(/<section class="wrap chapters"[\s\S]*<\/section>/.exec(cover)?.[0]).toContain(href);
        expect(/<ol class="header-chapters"[\s\S]*?<\/ol>/.exec(html(`${lang}/family/index.html`))?.[0]).toContain(href);
        // Previous/next: after the epilogue, and back to it.
        expect(html(`${lang}/epilogue/index.html`)).toMatch(new RegExp(`<a class="next" href="/${lang}/acknowledgements/" rel="next"`));
        expect(html(`${lang}/acknowledgements/index.html`)).toMatch(new RegExp(`<a class="previous" href="/${lang}/epilogue/" rel="prev"`));
      }
      expect(html('en/index.html')).toContain('Acknowledgements');
      expect(html('sitemap.xml')).toContain('<loc>https://example.org/zh/acknowledgements/</loc>');

      // Search: the index covers every page, and this chapter's text is in it in each language.
      expect(searchIndexProblems(out)).toEqual([]);
      const fragments = readdirSync(join(out, 'pagefind/fragment')).map((file) =>
        JSON.parse(gunzipSync(readFileSync(join(out, 'pagefind/fragment', file))).toString('utf8').replace(/^pagefind_dcd/, '')),
      );
      for (const lang of ['zh', 'ko', 'en'] as const) {
        // Pagefind stores Chinese segmented into words, with zero-width spaces between them.
        const found = fragments.filter((fragment) => fragment.content.replace(/\u200B/g, '').includes(paragraph[lang].slice(0, 8)));
        expect(found.map((fragment) => fragment.url)).toEqual([`/${lang}/acknowledgements/`]);
      }
    } finally {
      rmSync(join(out, '..'), { recursive: true, force: true });
    }
  }, 600_000);
});

/**
 * An editor adds a chapter with `npm run new:chapter`, in a terminal answering each question, or with
 * flags; writes a paragraph in each language, deletes `draft: true`, and builds: the chapter is on the
 * cover, in the header's chapter list, after the epilogue in previous/next, in the sitemap and in search,
 * in every language. One build, on a copy of the content.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { build, contentCopy, edit, root } from './builds';
import { searchIndexProblems } from '../scripts/search-coverage.mjs';

const newChapter = (content: string, ...args: string[]) => {
  const run = spawnSync(process.execPath, ['scripts/new-chapter.mjs', '--content', content, ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
};

/**
 * Runs the scaffold in a real pseudo-terminal (util-linux `script`), as an editor does: each answer is typed
 * only once its question is on the screen. Returns the screen (colours and cursor moves removed) and the exit code.
 */
async function inTerminal(content: string, conversation: [question: RegExp, answer: string][]) {
  const child = spawn('script', ['-qfec', `${process.execPath} scripts/new-chapter.mjs --content ${content}`, '/dev/null'], { cwd: root });
  let screen = '';
  let read = 0;
  let waiting: { question: RegExp; shown: () => void; stopped: () => void } | undefined;
  const check = () => waiting?.question.test(screen.slice(read)) && waiting.shown();
  child.stdout.on('data', (chunk) => {
    screen += stripVTControlCharacters(String(chunk));
    check();
  });
  const exited = new Promise<number | null>((done) => child.on('close', (status) => (waiting?.stopped(), done(status))));
  for (const [question, answer] of conversation) {
    // Wait for the question at the end of what is new on the screen, then type the answer and Enter.
    await new Promise<void>((shown, failed) => {
      waiting = { question, shown, stopped: () => failed(new Error(`The scaffold stopped before asking ${question}:\n${screen}`)) };
      check();
    });
    read = screen.length;
    child.stdin.write(`${answer}\r`);
  }
  waiting = undefined;
  const status = await exited;
  return { status, screen: screen.replace(/\r*\n/g, '\n') };
}

const titles = ['--title-zh', '致谢', '--title-ko', '감사의 말', '--title-en', 'Acknowledgements'];
// A word found nowhere else on the site, so that a search for it can only find this chapter.
const paragraph = { zh: '编者向译校者致以谢忱。', ko: '편집자는 번역 교열자에게 감사드린다.', en: 'The editors thank the proofreaders.' };

describe('npm run new:chapter', () => {
  it('asks in a terminal, says at once why an answer is wrong, and asks that question again', async () => {
    const content = contentCopy('new-chapter-terminal');
    const { status, screen } = await inTerminal(content, [
      [/Slug, .*: $/, 'family'],
      [/Slug, .*: $/, 'acknowledgements'],
      [/Kind \(prologue, section, epilogue, appendix\) \[appendix\]: $/, 'chapter'],
      [/Kind .*: $/, ''],
      [/Title in Chinese: $/, ' '],
      [/Title in Chinese: $/, '致谢'],
      [/Title in Korean: $/, '감사의 말'],
      [/Title in English: $/, 'Acknowledgements'],
      [/Short title in Chinese, for cards and menus \[致谢\]: $/, ''],
      [/Short title in Korean.*: $/, ''],
      [/Short title in English.*: $/, 'Thanks'],
      [/summary in Chinese \[致谢\]: $/, ''],
      [/summary in Korean.*: $/, ''],
      [/summary in English.*: $/, 'Whom the editors thank.'],
    ]);
    expect(status, screen).toBe(0);
    expect(screen).toContain('family\n  slug "family" is taken by ');
    expect(screen).toContain('chapter\n  kind "chapter": expected one of prologue, section, epilogue, appendix\n');
    expect(screen).toContain("\n  title (zh): give the chapter's title in zh\n");
    expect(screen).toContain('Wrote chapter 8, "acknowledgements", as a draft:');
    const en = readFileSync(join(content, 'chapters/en/08-acknowledgements.mdx'), 'utf8');
    expect(en).toMatch(
      /^---\nslug: acknowledgements\norder: 8\nkind: appendix\ndraft: true\ntitle: "Acknowledgements"\nshortTitle: "Thanks"\nsummary: "Whom the editors thank."\n---\n/,
    );
    expect(readFileSync(join(content, 'chapters/zh/08-acknowledgements.mdx'), 'utf8')).toContain('title: "致谢"\nshortTitle: "致谢"\nsummary: "致谢"\n');
  }, 60_000);

  it('keeps the answers given when a section number is wrong, and leaves on Ctrl+D writing nothing', async () => {
    const content = contentCopy('new-chapter-terminal-section');
    const { status, screen } = await inTerminal(content, [
      [/Slug, .*: $/, 'update'],
      [/Kind .*: $/, 'section'],
      [/section number, 1–6: $/, '9'],
      [/section number, 1–6: $/, '5'],
      [/section number, 1–6: $/, '\x04'],
    ]);
    expect(screen).toContain('9\n  section: a chapter of kind section needs the report’s section number, 1 to 6\n');
    expect(screen).toMatch(/5\n {2}section 5 is already .*chapters\/zh\/05-rights\.mdx\n/);
    expect(screen).toContain('No chapter written.');
    expect(status).toBe(1);
    expect(readdirSync(join(content, 'chapters/zh'))).toHaveLength(8);
  }, 60_000);

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

  it('writes a draft in zh, ko and en that, once written and no longer a draft, appears everywhere a chapter does', () => {
    const content = contentCopy('new-chapter');
    const made = newChapter(content, '--slug', 'acknowledgements', ...titles, '--summary-en', 'Whom the editors thank.');
    expect(made.status, made.output).toBe(0);
    for (const lang of ['zh', 'ko', 'en'] as const) {
      const file = join(content, `chapters/${lang}/08-acknowledgements.mdx`);
      expect(existsSync(file)).toBe(true);
      edit(file, (text) => `${text.replace('draft: true\n', '')}\n${paragraph[lang]}\n`);
    }
    // A second new chapter stays a draft: the build leaves it out everywhere and names it.
    const draft = newChapter(content, '--slug', 'errata', '--title-zh', '勘误', '--title-ko', '정오표', '--title-en', 'Errata');
    expect(draft.status, draft.output).toBe(0);

    const out = join(mkdtempSync(join(tmpdir(), 'yinji-new-chapter-')), 'dist');
    const run = build(['--out', out], { YINJI_CONTENT: content });
    try {
      expect(run.status, run.output).toBe(0);
      // The summary counts the pages; that the new chapter's three are among those indexed is checked below.
      expect(run.output).toMatch(/: \d+ pages; search covers \d+ pages in en, ko, zh-cn\.\nDrafts left out \(draft: true\): errata \(zh, ko, en\)\.\n/);
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
        // The draft: no page, no card, no menu entry, no next link to it, nothing in the kiosk.
        expect(existsSync(join(out, lang, 'errata')), run.output).toBe(false);
        for (const page of [cover, html(`${lang}/family/index.html`), html(`${lang}/acknowledgements/index.html`), html(`${lang}/kiosk/index.html`)]) {
          expect(page).not.toContain(`/${lang}/errata/`);
        }
      }
      expect(html('sitemap.xml')).not.toContain('errata');
      expect(html('en/index.html')).toContain('Acknowledgements');
      expect(html('sitemap.xml')).toContain('<loc>https://example.org/zh/acknowledgements/</loc>');

      // Search: the index covers every page, and this chapter's text is in it in each language.
      expect(searchIndexProblems(out)).toEqual([]);
      const fragments = readdirSync(join(out, 'pagefind/fragment')).map((file) =>
        JSON.parse(
          gunzipSync(readFileSync(join(out, 'pagefind/fragment', file)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ),
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

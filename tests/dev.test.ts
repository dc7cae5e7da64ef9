/**
 * `npm run dev`, as an editor uses it: a mistake shows on the page (Astro's error overlay) in the same
 * words as the build, a half-written save does not stop the preview, and fixing the file brings the page
 * back. A real dev server on a copy of the content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { edit, root } from './builds';

const port = Number(process.env.YINJI_E2E_PORT ?? 5500) + 7;
const page = `http://localhost:${port}/zh/planning/`;
// Outside node_modules/, which the dev server's watcher ignores (contentCopy's folders are there).
const content = join(tmpdir(), `yinji-dev-content-${port}`);
rmSync(content, { recursive: true, force: true });
cpSync(join(root, 'content'), content, { recursive: true });
const chapter = join(content, 'chapters/zh/01-planning.mdx');
let server: ChildProcess;
let log = '';

/** The page's status and text, once `until` holds for them (the preview reloads a saved file within a second or two). */
async function pageWhen(until: (status: number, html: string) => boolean): Promise<{ status: number; html: string }> {
  const deadline = Date.now() + 120_000;
  let last = { status: 0, html: '' };
  while (Date.now() < deadline) {
    try {
      const response = await fetch(page);
      last = { status: response.status, html: await response.text() };
      if (until(last.status, last.html)) return last;
    } catch {
      // not listening yet
    }
    expect(server.exitCode, `the dev server stopped:\n${log}`).toBeNull();
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`the page never got there; last ${last.status}:\n${last.html.slice(0, 2000)}\n${log}`);
}
/**
 * What the error overlay shows: the dev server sends a page's error to the browser over Vite's socket,
 * and the overlay prints its message (the page's response itself is an empty shell that opens the socket).
 */
const overlay: string[] = [];
async function overlayShows(text: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!overlay.some((message) => message.includes(text))) {
    if (Date.now() > deadline) throw new Error(`the overlay never showed ${text}; it showed:\n${overlay.join('\n')}`);
    await fetch(page).catch(() => {});
    await new Promise((done) => setTimeout(done, 500));
  }
}
const shows = (title: string) => (status: number, html: string) => status === 200 && html.includes(`<title>${title}`);

const withoutVitest = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST') && name !== 'TEST'));

beforeAll(async () => {
  server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
    cwd: root,
    // As an editor's terminal has it: vitest's NODE_ENV=test and VITEST* would change how Vite serves.
    env: { ...withoutVitest(process.env), YINJI_CONTENT: content, ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  await pageWhen(shows('发展规划'));
  const socket = new WebSocket(`ws://localhost:${port}/`, 'vite-hmr');
  socket.addEventListener('message', (event) => {
    const payload = JSON.parse(String(event.data)) as { type: string; err?: { message: string } };
    if (payload.type === 'error' && payload.err) overlay.push(payload.err.message);
  });
  await new Promise((done, fail) => {
    socket.addEventListener('open', done);
    socket.addEventListener('error', fail);
  });
}, 180_000);

afterAll(() => {
  server?.kill();
  rmSync(content, { recursive: true, force: true });
});

const original = join(root, 'content/chapters/zh/01-planning.mdx');

describe('the preview shows every content error as the build does, and recovers', () => {
  it('a missing title and a broken figure record: the page shows both, and returns once they are fixed', async () => {
    const figure = join(content, 'figures/lectures.json');
    edit(chapter, (text) => text.replace(/^title: .*\n/m, ''));
    edit(figure, (text) => text.replace('"value": 3795', '"value": -3795'));
    await pageWhen((status) => status === 500);
    await overlayShows('chapters/zh/01-planning.mdx: title: missing; this field is required');
    await overlayShows('figures/lectures.json:3: value: must be positive (more than 0)');
    expect(log).toContain('chapters/zh/01-planning.mdx: title: missing; this field is required');
    copyFileSync(original, chapter);
    copyFileSync(join(root, 'content/figures/lectures.json'), figure);
    await pageWhen(shows('发展规划'));
  }, 180_000);

  it('a half-written save (the frontmatter cut off, then a tag cut off) does not stop the preview', async () => {
    edit(chapter, (text) => text.slice(0, 60));
    await pageWhen((status) => status === 500);
    await overlayShows(
      'chapters/zh/01-planning.mdx:1: the frontmatter that starts with --- on line 1 is never closed: add a line with only --- after the last field (summary: …), before the text',
    );
    writeFileSync(chapter, `${readFileSync(original, 'utf8')}\n<Chart id="plan`);
    // MDX's own words, at the line and column of the cut-off tag.
    await overlayShows('13:1: Unexpected character after');
    copyFileSync(original, chapter);
    await pageWhen(shows('发展规划'));
  }, 180_000);
});

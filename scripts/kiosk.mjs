#!/usr/bin/env node
/**
 * `npm run kiosk`: the venue's kiosk on this machine.
 *  1. builds the site if dist/ is missing or older than the content, the code or the config;
 *  2. serves dist/ on http://127.0.0.1:PORT (a service worker needs http, not file://);
 *  3. where there is a display, opens Chromium in kiosk mode at /{lang}/kiosk/; otherwise prints the URL.
 * Closing Chromium (Alt+F4) stops the server too; Ctrl+C in the terminal stops both.
 *
 *   npm run kiosk -- [--lang zh|ko|en] [--idle SECONDS] [--port 4321] [--screen 1920x1080] [--no-browser]
 * --screen: the screen's size, for a machine with no desktop (X alone, no window manager), where Chromium
 * cannot make its window fill the screen by itself; with a desktop, --kiosk fills it anyway.
 *   (environment: BASE_PATH, KIOSK_IDLE_SECONDS for the build, CHROMIUM_PATH)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath } from './browser.mjs';
import { loadSrc } from './load-src.mjs';

/** @type {typeof import('../src/i18n/locales.ts')} */
const { isLocale, locales } = await loadSrc('i18n/locales.ts');
/** @type {typeof import('../src/i18n/paths.ts')} */
const { makePaths } = await loadSrc('i18n/paths.ts');

const { values } = parseArgs({
  options: {
    lang: { type: 'string', default: 'zh' },
    idle: { type: 'string' },
    port: { type: 'string', default: '4321' },
    screen: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
  },
});
if (!isLocale(values.lang)) {
  console.error(`--lang must be ${locales.slice(0, -1).join(', ')} or ${locales.at(-1)}, not "${values.lang}"`);
  process.exit(2);
}
const screen = values.screen?.match(/^(\d+)[x×](\d+)$/);
if (values.screen && !screen) {
  console.error(`--screen takes the screen's size as WIDTHxHEIGHT, e.g. 1920x1080, not "${values.screen}"`);
  process.exit(2);
}
const site = makePaths(process.env.BASE_PATH ?? '/');
const base = site.home();

/** The newest modification time under a path (a file, or a folder walked whole). */
/**
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path, { recursive: true })
    .map((file) => statSync(join(path, String(file))).mtimeMs)
    .reduce((a, b) => Math.max(a, b), info.mtimeMs);
}

// dist/sw.js is the build's last file: written only when the whole build succeeded.
const built = existsSync('dist/sw.js') ? statSync('dist/sw.js').mtimeMs : 0;
const sources = ['content', 'src', 'public', 'astro.config.mjs', 'package-lock.json'];
const stale = sources.filter((path) => newest(path) > built);
if (!built || stale.length) {
  console.log(built ? `dist/ is older than ${stale.join(', ')}: building…` : 'No build yet: building…');
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) {
    if (!existsSync('dist/sw.js')) process.exit(build.status ?? 1);
    console.error('The build failed: serving the last good dist/ instead.');
  }
} else {
  console.log('dist/ is up to date.');
}

const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', 'dist', '--port', values.port, '--host', '127.0.0.1', '--base', base], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
const query = values.idle ? `?idle=${encodeURIComponent(values.idle)}` : '';
// Always 127.0.0.1, never localhost: the worker's offline copy belongs to one origin, and must be found again.
const url = `http://127.0.0.1:${values.port}${site.page(values.lang, 'kiosk')}${query}`;

const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
if (values['no-browser'] || !display || !chromiumPath) {
  console.log(
    `\nThe kiosk: ${url}\n${!display ? '(no display here: open it on the screen’s machine)' : !chromiumPath ? '(no Chromium found: set CHROMIUM_PATH)' : ''}`,
  );
} else {
  // A profile of the kiosk's own: its offline copy survives restarts, and no one's own browser is touched.
  const profile = join(homedir(), '.yinji-kiosk');
  mkdirSync(profile, { recursive: true });
  const flags = [
    '--kiosk',
    `--app=${url}`,
    `--user-data-dir=${profile}`,
    '--noerrdialogs',
    '--disable-session-crashed-bubble',
    '--disable-infobars',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--disable-features=Translate,TouchpadOverscrollHistoryNavigation',
    '--no-first-run',
    '--disable-sync',
    '--disable-background-networking',
    '--autoplay-policy=no-user-gesture-required',
    '--check-for-update-interval=31536000',
    ...(screen ? ['--window-position=0,0', `--window-size=${screen[1]},${screen[2]}`] : []),
  ];
  // Chromium refuses to start as root with its sandbox on, and says so only on stderr. A kiosk machine set up
  // as root should still show the kiosk: without the sandbox, and with a word to the operator.
  if (process.getuid?.() === 0) {
    flags.push('--no-sandbox');
    console.warn('Running as root: Chromium starts without its sandbox. Better: run the kiosk as an ordinary user.');
  }
  console.log(`Opening ${url} in kiosk mode. To leave: Alt+F4 (or Ctrl+Alt+F1 to reach a console).`);
  const browser = spawn(chromiumPath, flags, { stdio: ['ignore', 'ignore', 'pipe'] });
  // Chromium's chatter stays out of the terminal; if it stops on an error, its last words are the operator's clue.
  let lastWords = '';
  browser.stderr.setEncoding('utf8');
  browser.stderr.on('data', (chunk) => (lastWords = `${lastWords}${chunk}`.slice(-2000)));
  browser.on('exit', (code, signal) => {
    if (code || signal) console.error(`Chromium stopped (${signal ?? `code ${code}`}):\n${lastWords.trim().split('\n').slice(-5).join('\n')}`);
    server.kill();
  });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill());
server.on('exit', (code) => process.exit(code ?? 0));

#!/usr/bin/env node
/**
 * Soak test of the kiosk: a whole day at the venue, compressed. The attract loop runs at high speed (a slide
 * every 10 ms, on a 1280×720 window to keep the run short) for ≥ 500 full rounds (every slide in all three languages), and every so often a
 * "visitor" taps the screen and a few random controls (chapters, pages in the frame, search words, languages),
 * then leaves it to the idle reset. Every 50 rounds, after a forced garbage collection and only while the loop
 * is showing (no page in the frame), it prints the JavaScript heap, the DOM nodes, the event listeners and
 * the documents alive in the renderer.
 *   npm run build && node bench/kiosk-soak.mjs [--rounds 500] [--slide 10] [--port 4406]
 *
 * What "bounded" means here, checked at the end (exit code 1 if not):
 *  - DOM nodes, listeners and documents: back to the first sample's count, within 2 %, the first sample
 *    taken after a tour of every control in every language (tour()). The shell's DOM is
 *    fixed; the frame and its page are dropped at each reset, a results list is replaced by each new query
 *    (only its own later results are appended to it). Anything that grows with rounds or visits is a leak.
 *  - JS heap: within 2 MB or 15 % of the first sample (whichever is larger) after the first 50 rounds.
 *    V8's heap is not a fixed number even without a leak: compiled code, inline caches and Pagefind's
 *    caches of index chunks and fragments (filled by the warm-up, then stable) move it by some hundreds of
 *    KB; a leak of one listener or one detached page per visit would cost tens of MB over this run.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { launchOptions } from '../scripts/browser.mjs';
import { waitFor } from '../scripts/wait-for.mjs';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '500' },
    slide: { type: 'string', default: '10' },
    every: { type: 'string', default: '50' },
    port: { type: 'string', default: '4406' },
    seed: { type: 'string', default: '8' },
  },
});
const rounds = Number(values.rounds);
const every = Number(values.every);
const origin = `http://127.0.0.1:${values.port}/`;

// A small seeded generator: the same run taps the same controls, so two runs compare.
let state = Number(values.seed) >>> 0 || 1;
const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
/**
 * @template T
 * @param {readonly T[]} list
 * @returns {T}
 */
const pick = (list) => /** @type {T} */ (list[Math.floor(random() * list.length)]);

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', values.port], { stdio: 'ignore' });
await waitFor(origin);
const browser = await chromium.launch({ ...launchOptions, args: [...launchOptions.args, '--js-flags=--expose-gc'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, hasTouch: true, serviceWorkers: 'block' });
const page = await context.newPage();
page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');

const cycles = () => page.evaluate(() => Number(document.querySelector('yinji-kiosk')?.getAttribute('data-cycles') ?? 0));
const mode = () => page.evaluate(() => document.querySelector('yinji-kiosk')?.getAttribute('data-mode'));

/** @param {number} round */
async function sample(round) {
  // Measure the loop as it stands between visitors: wait for the reset, then collect garbage twice.
  await page.locator('yinji-kiosk[data-mode=attract]').waitFor({ state: 'attached' });
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  /** @param {string} name */
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    round,
    heap: get('JSHeapUsedSize'),
    nodes: get('Nodes'),
    listeners: get('JSEventListeners'),
    documents: get('Documents'),
    frames: get('Frames'),
  };
}

/** A visitor: a tap to explore, a few random taps, then gone (the idle timeout brings the loop back). */
async function visit() {
  if ((await mode()) !== 'attract') return 0;
  await page.locator('[data-attract]').tap();
  const taps = 1 + Math.floor(random() * 5);
  for (let i = 0; i < taps; i++) {
    const ui = await page.evaluate(() => document.documentElement.dataset.ui);
    const candidates = [
      '[data-view-go=home]',
      '[data-view-go=search]',
      `[data-set-lang=${pick(['zh', 'ko', 'en'])}]`,
      `section[data-view=home][data-lang=${ui}] .tile >> nth=${Math.floor(random() * 11)}`,
      `section[data-view=search][data-lang=${ui}] .term >> nth=${Math.floor(random() * 8)}`,
      '.kiosk-bar a[data-page=figures]',
    ];
    const target = page.locator(pick(candidates));
    if ((await mode()) !== 'explore') break;
    if (await target.isVisible().catch(() => false)) await target.tap({ timeout: 5_000 }).catch(() => undefined);
  }
  return taps + 1;
}

/**
 * Before the first sample, every control once in every language, each a visit of its own. The first use of
 * a control creates some nodes for good (a search field's own parts, a results list's glossary box, the
 * frame's first page): measured from a kiosk that has seen everything once, what grows is a leak, not a
 * state the random visitors had not reached yet.
 */
async function tour() {
  let taps = 0;
  for (const lang of ['zh', 'ko', 'en']) {
    const targets = [
      ...(await page.locator(`section[data-view=home][data-lang=${lang}] .tile`).all()),
      ...(await page.locator(`section[data-view=search][data-lang=${lang}] .term`).all()).map((term) => [page.locator('[data-view-go=search]'), term]),
      page.locator('.kiosk-bar a[data-page=figures]'),
      page.locator('.kiosk-bar a[data-page=timeline]'),
    ];
    for (const target of targets) {
      await page.locator('yinji-kiosk[data-mode=attract]').waitFor({ state: 'attached' });
      await page.locator('[data-attract]').tap();
      await page.locator(`[data-set-lang=${lang}]`).tap();
      for (const step of [target].flat()) await step.tap();
      await page.waitForTimeout(200);
      taps += 2 + [target].flat().length;
    }
  }
  return taps;
}

const samples = [];
let taps = 0;
let visits = 0;
const started = Date.now();
try {
  await page.goto(`${origin}zh/kiosk/?slide=${values.slide}&idle=0.6`);
  await page.locator('html[data-search-warm=ready]').waitFor({ state: 'attached', timeout: 120_000 });
  taps += await tour();
  console.log(
    `| rounds | visits | taps | JS heap (MB) | DOM nodes | listeners | documents | frames | minutes |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  );
  let next = every;
  for (;;) {
    const done = await cycles();
    if (done >= next) {
      const s = await sample(done);
      samples.push(s);
      console.log(
        `| ${s.round} | ${visits} | ${taps} | ${(s.heap / 2 ** 20).toFixed(2)} | ${s.nodes} | ${s.listeners} | ${s.documents} | ${s.frames} | ${((Date.now() - started) / 60000).toFixed(1)} |`,
      );
      if (done >= rounds) break;
      next = Math.ceil((done + 1) / every) * every;
    }
    // A visitor now and then: about one for every two or three rounds of the loop.
    if (random() < 0.2) {
      taps += await visit();
      visits++;
    }
    await page.waitForTimeout(Math.floor(random() * 400));
  }
} finally {
  await browser.close();
  server.kill();
}

const [first, last] = [samples[0], samples.at(-1)];
if (!first || !last) throw new Error('No sample was taken: the soak ended before its first round.');
const heapAllowed = Math.max(2 * 2 ** 20, first.heap * 0.15);
/** @type {(a: number, b: number, share: number) => boolean} */
const within = (a, b, share) => Math.abs(b - a) <= Math.max(2, a * share);
const checks = [
  [
    'JS heap',
    last.heap - first.heap <= heapAllowed,
    `${((last.heap - first.heap) / 2 ** 20).toFixed(2)} MB (allowed ${(heapAllowed / 2 ** 20).toFixed(2)} MB)`,
  ],
  ['DOM nodes', within(first.nodes, last.nodes, 0.02), `${last.nodes - first.nodes} (allowed ±2 %)`],
  ['listeners', within(first.listeners, last.listeners, 0.02), `${last.listeners - first.listeners} (allowed ±2 %)`],
  ['documents', within(first.documents, last.documents, 0.02), `${last.documents - first.documents}`],
];
console.log(`\n${visits} visitors, ${taps} taps, ${last.round} rounds of the loop in ${((Date.now() - started) / 60000).toFixed(1)} min.`);
for (const [name, ok, drift] of checks) console.log(`${ok ? 'bounded' : 'GROWING'}: ${name}, drift from round ${first.round} to ${last.round}: ${drift}`);
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);

import { defineConfig } from '@playwright/test';
import { launchOptions } from './scripts/browser.mjs';

/**
 * End-to-end tests against the built site, served as a static host would serve it:
 *  - `site`: dist/ at the domain's root, as deployed;
 *  - `subpath`: dist.fixture/, built under BASE_PATH=/yanbian-2019/ with one chapter that exists only in
 *    Chinese (e2e/fixtures), so the fallback and the subpath are tested on real pages.
 * Build both first: `npm run build && npm run build:fixture` (npm test does).
 */
// YINJI_E2E_PORT moves both servers, so two checkouts can run their suites side by side.
const port = Number(process.env.YINJI_E2E_PORT ?? 4391);
const site = { port, base: '/' };
const subpath = { port: port + 1, base: '/yanbian-2019/' };
const serve = (dir: string, { port, base }: typeof site) => ({
  command: `node scripts/serve.mjs --dir ${dir} --port ${port} --base ${base}`,
  url: `http://127.0.0.1:${port}${base}`,
  reuseExistingServer: false,
  stdout: 'ignore' as const,
});

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Assertions wait on states (a result shown, a status line); on a loaded 2-core machine Pagefind's first
  // load alone can pass Playwright's 5 s default, so allow more before calling a state missing.
  expect: { timeout: 15_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  use: {
    launchOptions,
    trace: 'off',
  },
  projects: [
    { name: 'site', testIgnore: /subpath\.spec/, use: { baseURL: `http://127.0.0.1:${site.port}${site.base}` } },
    { name: 'subpath', testMatch: /(subpath|routes)\.spec/, use: { baseURL: `http://127.0.0.1:${subpath.port}${subpath.base}` } },
  ],
  webServer: [serve('dist', site), serve('dist.fixture', subpath)],
});

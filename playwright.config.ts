import { defineConfig, type PlaywrightTestProject } from '@playwright/test';
import { existsSync } from 'node:fs';
import { launchOptions } from './scripts/browser.mjs';
import { findNginx } from './scripts/nginx.mjs';

/**
 * End-to-end tests against the built site, served as a static host would serve it:
 *  - `site`: dist/ at the domain's root, from our Node server (scripts/serve.mjs);
 *  - `subpath`: dist.fixture/, built under BASE_PATH=/yanbian-2019/ with one chapter that exists only in
 *    Chinese (e2e/fixtures), so the fallback and the subpath are tested on real pages;
 *  - `nginx`, `nginx-subpath`: the same two builds behind nginx with deploy/nginx.conf, gzip and the
 *    build's header policy, as docs/DEPLOY.md tells a web team to serve them (scripts/nginx.mjs starts it
 *    on loopback ports and stops it by its PID). Where nginx is missing these two are left out, and said so.
 * Build both first: `npm run build && npm run build:fixture` (npm test does).
 */
// YINJI_E2E_PORT moves every server, so two checkouts can run their suites side by side.
const port = Number(process.env.YINJI_E2E_PORT ?? 4391);
const site = { port, base: '/' };
const subpath = { port: port + 1, base: '/yanbian-2019/' };
const nginxSite = { port: port + 2, base: '/' };
const nginxSubpath = { port: port + 3, base: '/yanbian-2019/' };
const url = ({ port, base }: typeof site) => `http://127.0.0.1:${port}${base}`;
const serve = (dir: string, { port, base }: typeof site) => ({
  command: `node scripts/serve.mjs --dir ${dir} --port ${port} --base ${base}`,
  url: url({ port, base }),
  reuseExistingServer: false,
  stdout: 'ignore' as const,
});

const nginx = findNginx();
// Only the main process says it: the config is read again in every worker.
if (!process.env.TEST_WORKER_INDEX) {
  console.log(
    nginx
      ? `nginx: ${nginx.version} (${nginx.path})`
      : 'nginx not found (or NGINX=none): the end-to-end suite runs against the Node server only (scripts/serve.mjs), without the nginx projects.',
  );
}

// What the built files alone decide (axe, layout, keyboard order, the parallel view's alignment, a reader's
// next and previous, which page a query ranks first, the search's plan across languages) is the same
// whichever server sends them: those run once, against the Node server. What a server can break in search
// (fetching the index, its compression, the subpath) is search.spec, which runs behind nginx too.
// (Bytes on disk are tests/dist.)
const markupOnlySpecs = ['accessibility', 'layout', 'keyboard', 'parallel', 'reading', 'search-ranking', 'search-languages'];
// A name here that matches no spec would silently stop meaning anything: say so at once.
for (const name of markupOnlySpecs) {
  if (!existsSync(new URL(`e2e/${name}.spec.ts`, import.meta.url)))
    throw new Error(`playwright.config.ts: markupOnlySpecs names e2e/${name}.spec.ts, which does not exist`);
}
const markupOnly = new RegExp(`(${markupOnlySpecs.join('|')})\\.spec`);
// The fixture build has an extra chapter, so journeys that count chapters run at the root; what a subpath
// can break (URLs, search, headers, the 404 page, the kiosk's service worker scope) runs under it too.
const underSubpath = /(subpath|routes|headers|search|not-found|kiosk[^/]*)\.spec/;

const projects: PlaywrightTestProject[] = [
  { name: 'site', testIgnore: /subpath\.spec/, metadata: { dist: 'dist', server: 'node' }, use: { baseURL: url(site) } },
  { name: 'subpath', testMatch: /(subpath|routes|headers)\.spec/, metadata: { dist: 'dist.fixture', server: 'node' }, use: { baseURL: url(subpath) } },
];
if (nginx) {
  projects.push(
    { name: 'nginx', testIgnore: [/subpath\.spec/, markupOnly], metadata: { dist: 'dist', server: 'nginx' }, use: { baseURL: url(nginxSite) } },
    { name: 'nginx-subpath', testMatch: underSubpath, metadata: { dist: 'dist.fixture', server: 'nginx' }, use: { baseURL: url(nginxSubpath) } },
  );
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Waits are on states (a result shown, a status line), never sleeps; but on a shared 2-core machine under
  // load, Pagefind's first search alone has taken longer than the default 5 s.
  expect: { timeout: 20_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  use: {
    launchOptions,
    trace: 'off',
  },
  projects,
  webServer: [
    serve('dist', site),
    serve('dist.fixture', subpath),
    ...(nginx
      ? [
          {
            // One nginx serves both builds; when the first answers, both listen.
            command: `node scripts/nginx.mjs --site dist:${nginxSite.port}:/ --site dist.fixture:${nginxSubpath.port}:${nginxSubpath.base}`,
            url: url(nginxSite),
            reuseExistingServer: false,
            stdout: 'pipe' as const,
            // SIGTERM lets the script stop nginx by its PID and remove its scratch folder.
            gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5000 },
          },
        ]
      : []),
  ],
});

import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { headersFor, parseCsp, parseHeadersFile } from '../src/lib/headers';
import { sitemapPaths } from './support';

/**
 * The header policy a web team ships with the build: dist/_headers (Netlify, Cloudflare Pages) and, under
 * nginx, deploy/nginx.conf with the build's dist/_nginx.conf. Checked on the files of every project's
 * build, and on real responses where the project runs behind nginx.
 */
const project = () => test.info().project.metadata as { dist: string; server: 'node' | 'nginx' };
const behindNginx = () => test.skip(project().server !== 'nginx', 'the Node preview server does not send the header policy');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The hash a browser computes for an inline element: SHA-256 of its text exactly as served. */
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The base64 hashes of every inline script (not JSON data) and style of a page, read independently of the build. */
function inlineElements(html: string) {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
    hashOf(m[1]!),
  );
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hashOf(m[1]!));
  return { scripts, styles };
}

const cspOfHeadersFile = (dist: string) => {
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  return rules.flatMap((rule) => rule.headers).find(([name]) => name === 'Content-Security-Policy')![1];
};
const cspOfNginxSnippet = (dist: string) => /set \$yinji_csp "([^"]+)";/.exec(readFileSync(join(dist, '_nginx.conf'), 'utf8'))![1]!;

test.describe('the header policy written with the build', () => {
  test('allows every inline script and style of every page, in _headers and for nginx alike', () => {
    const { dist } = project();
    const policies = { _headers: parseCsp(cspOfHeadersFile(dist)), '_nginx.conf': parseCsp(cspOfNginxSnippet(dist)) };
    let checked = 0;
    for (const file of htmlFiles(dist)) {
      const { scripts, styles } = inlineElements(readFileSync(file, 'utf8'));
      for (const [name, csp] of Object.entries(policies)) {
        for (const hash of scripts) expect(csp.get('script-src'), `${name}: inline script of ${file}`).toContain(hash);
        for (const hash of styles) expect(csp.get('style-src'), `${name}: inline style of ${file}`).toContain(hash);
      }
      checked += scripts.length + styles.length;
    }
    test.info().annotations.push({ type: 'inline elements', description: String(checked) });
  });

  test('forbids framing and inline scripts, and the two forms say the same', () => {
    const { dist } = project();
    const csp = parseCsp(cspOfHeadersFile(dist));
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(cspOfNginxSnippet(dist)).toBe(cspOfHeadersFile(dist));
  });

  test('gives every file one unambiguous set of headers, under the build’s base', ({ baseURL }) => {
    const { dist } = project();
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    const base = new URL(baseURL!).pathname;
    for (const rule of rules) expect(rule.path.startsWith(base), rule.path).toBe(true);
    for (const file of readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())) {
      const path = `${base}${relative(dist, join(file.parentPath, file.name)).split(sep).join('/')}`;
      expect(headersFor(rules, path)['x-content-type-options'], path).toBe('nosniff');
    }
  });
});

/** A few files of each kind a host must cache differently, found in the build. */
function samples(dist: string, base: string) {
  const first = (dir: string, pattern: RegExp) => readdirSync(join(dist, dir)).find((name) => pattern.test(name))!;
  return {
    page: `${base}en/family/`,
    cover: base,
    notFound: `${base}404.html`,
    script: `${base}_astro/${first('_astro', /\.js$/)}`,
    stylesheet: `${base}_astro/${first('_astro', /\.css$/)}`,
    fragment: `${base}pagefind/fragment/${first('pagefind/fragment', /\.pf_fragment$/)}`,
    index: `${base}pagefind/index/${first('pagefind/index', /\.pf_index$/)}`,
    entry: `${base}pagefind/pagefind-entry.json`,
    csv: `${base}data/${first('data', /\.csv$/)}`,
    sitemap: `${base}sitemap.xml`,
  };
}

test.describe('nginx sends the policy', () => {
  test.beforeEach(behindNginx);

  test('each kind of file gets the Cache-Control that _headers gives it, and the security headers', async ({ request, baseURL }) => {
    const { dist } = project();
    const base = new URL(baseURL!).pathname;
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    const expected: Record<string, string> = {
      page: 'no-cache',
      cover: 'no-cache',
      notFound: 'no-cache',
      entry: 'no-cache',
      csv: 'no-cache',
      sitemap: 'no-cache',
      script: 'public, max-age=31536000, immutable',
      stylesheet: 'public, max-age=31536000, immutable',
      fragment: 'public, max-age=31536000, immutable',
      index: 'public, max-age=31536000, immutable',
    };
    for (const [kind, path] of Object.entries(samples(dist, base))) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      const declared = headersFor(rules, path);
      expect(headers['cache-control'], `${kind} ${path}`).toBe(expected[kind]);
      // Where _headers names a Cache-Control, nginx agrees; where it names none, the hosts' default revalidates too.
      if (declared['cache-control']) expect(headers['cache-control'], `${kind} ${path}`).toBe(declared['cache-control']);
      for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy']) {
        expect(headers[name], `${name} on ${path}`).toBe(declared[name]);
      }
    }
  });

  test('the service worker at the base is never cached', async ({ request, baseURL }) => {
    const { dist } = project();
    const base = new URL(baseURL!).pathname;
    const declared = headersFor(parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')), `${base}sw.js`);
    expect(declared['cache-control']).toBe('no-store');
    // Until the kiosk's worker is part of the build, a stand-in takes its place for the length of the test.
    const file = join(dist, 'sw.js');
    const standIn = !existsSync(file);
    if (standIn) writeFileSync(file, '// a stand-in for the kiosk’s service worker\n');
    try {
      const response = await request.get(`${base}sw.js`);
      expect(response.status()).toBe(200);
      expect(response.headers()['cache-control']).toBe('no-store');
      expect(response.headers()['content-type']).toMatch(/^application\/javascript/);
    } finally {
      if (standIn) rmSync(file);
    }
  });

  test('a missing page answers 404 with the site’s page, not cached, with the policy', async ({ request, baseURL }) => {
    const response = await request.get(`${new URL(baseURL!).pathname}en/no-such-chapter/`);
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('Page not found');
    expect(response.headers()['cache-control']).toBe('no-cache');
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  });

  test('the build’s instructions for hosts are not served', async ({ request, baseURL }) => {
    for (const name of ['_headers', '_nginx.conf']) {
      expect((await request.get(`${new URL(baseURL!).pathname}${name}`)).status(), name).toBe(404);
    }
  });

  test('text is sent gzipped; Pagefind’s compressed shards are not compressed twice', async ({ request, baseURL }) => {
    const { page, script, stylesheet, csv, fragment } = samples(project().dist, new URL(baseURL!).pathname);
    for (const path of [page, script, stylesheet, csv]) {
      const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.headers()['content-encoding'], path).toBe('gzip');
      expect(response.headers()['vary'], path).toContain('Accept-Encoding');
    }
    const shard = await request.get(fragment, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(shard.headers()['content-encoding']).toBeUndefined();
    const csvType = (await request.get(csv)).headers()['content-type'];
    expect(csvType).toBe('text/csv; charset=utf-8');
  });

  test('a directory without its slash redirects inside the site, keeping host and port', async ({ page, baseURL }) => {
    const response = await page.goto(new URL('en/family', baseURL).href);
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(new URL('en/family/', baseURL).href);
  });

  test('no page meets a Content-Security-Policy violation, searching included', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { violations: string[] }).violations.push(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
    const violations: string[] = [];
    const collect = async (path: string) => {
      for (const found of await page.evaluate(() => (window as unknown as { violations: string[] }).violations)) violations.push(`${path}: ${found}`);
    };
    const paths = [new URL(baseURL!).pathname, ...(await sitemapPaths(page, baseURL!))];
    for (const path of paths) {
      const response = await page.goto(new URL(path, baseURL).href);
      expect(response?.headers()['content-security-policy'], path).toContain("frame-ancestors 'self'");
      await collect(path);
    }
    // Search runs Pagefind's WebAssembly and worker: the policy must let them run.
    await page.goto(new URL('en/search/?q=loans', baseURL).href);
    await expect(page.locator('.search-page .search-hit').first()).toBeVisible();
    await collect('en/search/?q=loans');
    // The charts' island animates and shows details on focus.
    await page.goto(new URL('zh/development/', baseURL).href);
    await page.locator('figure svg').first().scrollIntoViewIfNeeded();
    await page.locator('figure svg').first().hover();
    await collect('zh/development/');
    expect(violations, violations.join('\n')).toEqual([]);
  });

  test('no other site can frame the pages; the kiosk, on the same origin, can', async ({ page, baseURL }) => {
    const headingOfFrame = async (host: string) => {
      const outer = new URL('en/', baseURL);
      outer.hostname = host;
      await page.goto(outer.href);
      await page.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        document.body.append(frame);
        return new Promise((resolve) => frame.addEventListener('load', resolve));
      }, new URL('en/about/', baseURL).href);
      // A frame the policy refused holds the browser's error page, not ours: no canonical link of the site.
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      return frame?.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? null).catch(() => null);
    };
    // The kiosk shows the site's pages in a frame of its own origin.
    expect(await headingOfFrame(new URL(baseURL!).hostname)).toBeTruthy();
    // localhost and 127.0.0.1 are two origins: the page framed from the other one stays out.
    expect(await headingOfFrame(new URL(baseURL!).hostname === 'localhost' ? '127.0.0.1' : 'localhost')).toBeNull();
  });
});

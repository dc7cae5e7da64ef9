#!/usr/bin/env node
/**
 * Serves a built site over http on localhost, under its base path, as a CDN would: /zh/ → zh/index.html,
 * unknown paths → 404.html with status 404. Used by `npm run preview`, the end-to-end tests and the
 * benchmarks (Pagefind needs http, not file://).
 *
 *   node scripts/serve.mjs [--dir dist] [--port 4321] [--base /]      (BASE_PATH also sets the base)
 */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSrc } from './load-src.mjs';

// The same addresses and file mapping as the build.
/** @type {typeof import('../src/i18n/paths.ts')} */
const { makePaths } = await loadSrc('i18n/paths.ts');
/** @type {typeof import('../src/lib/built-files.ts')} */
const { fileOfAddress } = await loadSrc('lib/built-files.ts');

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});
const root = resolve(values.dir);
const site = makePaths(values.base);
const base = site.home();

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** @param {string} pathname */
async function fileFor(pathname) {
  const address = site.underBase(pathname);
  if (address === undefined) return undefined;
  let decoded;
  try {
    decoded = decodeURIComponent(address);
  } catch {
    return undefined; // a malformed address is simply not found
  }
  const relative = normalize(decoded);
  if (relative.startsWith('..')) return undefined;
  let path = join(root, relative);
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    // A directory without its trailing slash would break relative URLs: redirect, as static hosts do.
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
    path = join(root, fileOfAddress(decoded)); // a page: its directory's index.html
  }
  const file = await stat(path).catch(() => undefined);
  return file?.isFile() ? { path } : undefined;
}

const server = createServer((request, response) => {
  // A request that fails is answered 500 and logged, instead of ending the server with an unhandled rejection.
  respond(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
});

/** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
async function respond(request, response) {
  const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
  const found = await fileFor(pathname);
  if (found?.redirect) {
    response.writeHead(301, { Location: `${found.redirect}${search}` }).end();
    return;
  }
  const path = found?.path ?? join(root, '404.html');
  const status = found ? 200 : 404;
  response.writeHead(status, {
    'Content-Type': types[extname(path)] ?? 'application/octet-stream',
    // Hashed assets never change; pages are revalidated.
    'Cache-Control': path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (request.method === 'HEAD') response.end();
  else
    createReadStream(path)
      .on('error', () => response.end())
      .pipe(response);
}

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${values.dir}/ at http://${values.host}:${values.port}${base}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));

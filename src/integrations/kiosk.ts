import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { buildVersion, precacheUrls } from '../lib/precache';
import { fileOfAddress } from '../lib/built-files';
import { kioskWorkerFile } from '../i18n/paths';

/**
 * Writes the kiosk's service worker, {base}sw.js, as the very last step of `astro build`: after the
 * Pagefind integration (it must come after pagefind() in astro.config.mjs, since Astro runs the
 * integrations' build:done hooks one after the other, in order) so the list holds the search bundle,
 * every language's index and every fragment. The list and the version come from the files themselves:
 * nothing to maintain by hand, and the same build always gives the same worker, byte for byte.
 */
export function kioskServiceWorker(): AstroIntegration {
  return {
    name: 'yinji-kiosk-service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = readdirSync(site, { recursive: true })
          .map(String)
          .filter((file) => statSync(join(site, file)).isFile())
          // _headers and _nginx.conf are instructions for the host, which (rightly) refuses to serve them:
          // listed, they would fail the worker's all-or-nothing install.
          .filter((file) => !/^_(headers|nginx\.conf)$/.test(file));
        if (!files.some((file) => file.startsWith('pagefind'))) {
          throw new Error('The kiosk worker must be written after the search index: list kioskServiceWorker() after pagefind() in astro.config.mjs.');
        }
        const urls = precacheUrls(files);
        const contents = urls.map((url) => ({ url, bytes: readFileSync(join(site, fileOfAddress(url))) }));
        const version = buildVersion(contents);
        const bytes = contents.reduce((sum, file) => sum + file.bytes.length, 0);
        const template = readFileSync(fileURLToPath(new URL('./kiosk-sw.js', import.meta.url)), 'utf8');
        const marker = "/* PRECACHE */ { version: 'dev', files: [] }";
        if (!template.includes(marker)) throw new Error(`kiosk-sw.js has lost its marker ${marker}`);
        writeFileSync(join(site, kioskWorkerFile), template.replace(marker, JSON.stringify({ version, files: urls })));
        logger.info(`kiosk worker ${version}: ${urls.length} files, ${(bytes / 1024 / 1024).toFixed(2)} MB to keep offline`);
      },
    },
  };
}

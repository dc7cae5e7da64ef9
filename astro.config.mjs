// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { chinesePunctuation, contentOnly, paragraphIds } from './src/lib/markdown.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { contentFiles } from './src/integrations/content-files.ts';
import { kioskServiceWorker } from './src/integrations/kiosk.ts';
import { headers } from './src/integrations/headers.ts';

/**
 * Deployment is configured from the environment, so one build recipe serves every target:
 *   BASE_PATH=/yanbian-2019/  to publish under a subpath (default: the domain's root);
 *   SITE_URL=https://…        the public origin, for canonical and hreflang URLs;
 *   YINJI_OUT_DIR             where `astro build` writes (scripts/build.mjs swaps it into dist/ only on success);
 *   YINJI_CONTENT             another content folder (test fixtures, benchmarks).
 */
// Astro caches the content layer with the files' paths; a build from another content folder (test
// fixtures, benchmarks) gets a cache of its own, so neither sees the other's files.
const content = process.env.YINJI_CONTENT;
const cacheDir = content ? `./node_modules/.astro/content-${content.replace(/[^\w-]+/g, '_')}` : './node_modules/.astro';

// Without SITE_URL, links name https://example.org: scripts/build.mjs says so in its one-line summary,
// not as a warning on every build that would bury an editor's real errors.
export default defineConfig({
  cacheDir,
  site: process.env.SITE_URL ?? 'https://example.org',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.YINJI_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    syntaxHighlight: false,
    // contentOnly refuses a chapter that is not content (code, raw HTML, foreign links) before it compiles.
    processor: satteri({ mdastPlugins: [contentOnly], hastPlugins: [paragraphIds, chinesePunctuation] }),
  },
  // Order matters: the kiosk's worker lists the files Pagefind has just written; the headers come last.
  integrations: [mdx(), contentFiles(), pagefind(), kioskServiceWorker(), headers()],
  // Astro hashes every script and style into the policy; no 'unsafe-inline'. Pagefind compiles WebAssembly.
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self' data:"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    // A computed import() in a client script fails with inlined assets (`__VITE_PRELOAD__ is not defined`).
    // One stylesheet for the whole site: one request, cached once for every page (and the kiosk's precache).
    build: {
      assetsInlineLimit: 0,
      cssCodeSplit: false,
      rolldownOptions: {
        // Astro's MDX integration marks every MDX module with the directive "use astro:head-inject", a
        // marker for its own compiler that the bundler does not know and warns about once per chapter (24
        // nine-line warnings a build) although the pages come out right. Only that one warning is dropped;
        // every other bundler warning still reaches the terminal.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
});

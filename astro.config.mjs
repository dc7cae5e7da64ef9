// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { chinesePunctuation, paragraphIds } from './src/lib/markdown.ts';
import { pagefind } from './src/integrations/pagefind.ts';
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

if (!process.env.SITE_URL && process.argv.includes('build')) {
  console.warn('SITE_URL is not set: canonical and hreflang links will name https://example.org. Set it to the public origin when deploying.');
}

export default defineConfig({
  cacheDir,
  site: process.env.SITE_URL ?? 'https://example.org',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.YINJI_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [paragraphIds, chinesePunctuation] }),
  },
  integrations: [mdx(), pagefind(), headers()],
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
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
  },
});

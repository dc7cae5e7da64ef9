import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readdirSync, rmSync } from 'node:fs';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index as the last step of `astro build`, from the HTML just written: one
 * index per language (Pagefind reads <html lang>; the extended binary segments Chinese, and splits Korean
 * on its spaces). Only what pages mark with data-pagefind-body is indexed: chapter text in its own
 * language, chart captions, timeline entries. A failure fails the build, so no site ships without search.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'yinji-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          // The site has its own search UI: Pagefind's ready-made UIs would only be dead weight in dist/.
          for (const file of readdirSync(join(site, 'pagefind'))) {
            if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) rmSync(join(site, 'pagefind', file));
          }
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}

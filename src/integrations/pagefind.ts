import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { compoundWords, KOREAN_WORDS_FILE } from '../lib/korean-compounds';

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
          const words = writeKoreanWords(join(site, 'pagefind'));
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms; ${words} Korean words for searching by parts`);
        } finally {
          await close();
        }
      },
    },
  };
}

/**
 * The Korean words the search finds by their parts (lib/korean-compounds), taken from the text Pagefind
 * indexed: its Korean page fragments (gzip, after Pagefind's 12-byte `pagefind_dcd` marker, then JSON).
 * Written as one line of words separated by spaces, the smallest form the browser reads at once.
 */
function writeKoreanWords(folder: string): number {
  const fragments = readdirSync(join(folder, 'fragment')).filter((file) => file.startsWith('ko_'));
  const texts = fragments.map((file) => {
    const data = gunzipSync(readFileSync(join(folder, 'fragment', file)));
    const marker = 'pagefind_dcd';
    if (data.subarray(0, marker.length).toString() !== marker) throw new Error(`${file}: not a Pagefind fragment as Pagefind 1.6 writes them`);
    return (JSON.parse(data.subarray(marker.length).toString()) as { content: string }).content;
  });
  const words = compoundWords(texts);
  writeFileSync(join(folder, KOREAN_WORDS_FILE), words.join(' '));
  return words.length;
}

// @ts-check
/**
 * The one way scripts load src/ from Node. src/ is TypeScript with extensionless imports, as the site's
 * build reads it, which Node's own type stripping cannot resolve: Vite's module runner loads it the way
 * the build does. configFile: false, because the site's astro config is not needed to run a pure module.
 *
 *   const { locales } = await loadSrc('i18n/locales.ts');
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/**
 * A module of src/, by its path under src/.
 * @param {string} path e.g. "lib/new-chapter.ts"
 * @returns {Promise<any>}
 */
export async function loadSrc(path) {
  const file = fileURLToPath(new URL(`../src/${path}`, import.meta.url));
  return (await runnerImport(file, { configFile: false, logLevel: 'silent' })).module;
}

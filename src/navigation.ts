import { pageNames, type PageName } from './i18n/paths';

/**
 * The site's own pages that exist in this build, found from the files in pages/[lang]/ so that adding a
 * page file adds it to the navigation and the sitemap, and nothing links to a page not yet built.
 */
const files = Object.keys(import.meta.glob('./pages/\\[lang\\]/*.astro'));
export const builtPages: PageName[] = pageNames.filter((name) => files.some((file) => file.endsWith(`/${name}.astro`)));

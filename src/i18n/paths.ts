// Explicit extensions: plain Node (scripts/serve.mjs) loads this module too.
import { locales, sourceLocale, type Locale } from './locales.ts';
import { addressOfFile } from '../lib/built-files.ts';

/**
 * The one place that knows the URL scheme. Every link on the site is built here, on top of Astro's
 * `base`, so the build works at a domain's root and under any subpath (BASE_PATH=/yanbian-2019/).
 */
export const pageNames = ['about', 'figures', 'timeline', 'search', 'kiosk'] as const;
export type PageName = (typeof pageNames)[number];

/** A place on the site, independent of language: what the language switcher keeps. */
export type Route = { kind: 'cover' } | { kind: 'chapter'; slug: string } | { kind: 'page'; name: PageName } | ParallelRoute;

/**
 * A chapter side by side in the page's language and a second one (`with`). `translated` names the
 * languages the chapter has its own text in (all, when absent): a pair needs both, so a language without
 * a pair leads to the chapter itself, and a link never points at a pair that was not built.
 */
interface ParallelRoute {
  kind: 'parallel';
  slug: string;
  with?: Locale | undefined;
  translated?: readonly Locale[] | undefined;
}

/**
 * The languages a reader of `lang` can set beside their own, the default first: the Chinese original
 * (for Chinese readers, Korean, Yanbian's other official language), then the site's order.
 */
export function parallelPartners(lang: Locale, translated: readonly Locale[] = locales): Locale[] {
  if (!translated.includes(lang)) return [];
  const ordered = [sourceLocale, ...locales.filter((other) => other !== sourceLocale)];
  return ordered.filter((other) => other !== lang && translated.includes(other));
}

/**
 * The last path segment of a pair: none for the default pair (/en/family/parallel/), the second
 * language for the others (/en/family/parallel/ko/). Static hosts serve these as plain files, so the
 * choice works without JavaScript; the parallel page also honours ?with=ko by following its own link.
 */
export function parallelSegment(lang: Locale, partner: Locale, translated: readonly Locale[] = locales): string | undefined {
  return partner === parallelPartners(lang, translated)[0] ? undefined : partner;
}

/** The folder of the figures' CSV files and the glossary's JSON; src/pages/data/ must match it. */
const dataFolder = 'data';

/** The id of the glossary on the about page, the target of the search's glossary panel. */
export const glossaryAnchor = 'glossary';

/** The kiosk's service worker, at the site's base so that its scope covers the whole site. */
export const kioskWorkerFile = 'sw.js';

/** A base path as the site writes it, with a slash at each end: `yanbian-2019` → `/yanbian-2019/`. */
export const normalBase = (base: string): string => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/**
 * The words a search matched travel to the page it opens as ?highlight=, before the fragment:
 * /zh/family/?highlight=家长+学校#… The chapter page reads them back with `highlightedWords`.
 */
const highlightParameter = 'highlight';

export function withHighlight(url: string, words: string[]): string {
  if (!words.length) return url;
  const [path = '', hash] = url.split('#');
  const query = new URLSearchParams({ [highlightParameter]: words.join(' ') });
  return `${path}${path.includes('?') ? '&' : '?'}${query}${hash ? `#${hash}` : ''}`;
}

export const highlightedWords = (search: string): string[] => (new URLSearchParams(search).get(highlightParameter) ?? '').split(/\s+/).filter(Boolean);

export function makePaths(base: string) {
  const root = normalBase(base);
  const withBase = (path: string) => `${root}${path.replace(/^\//, '')}`;
  function route(lang: Locale, place: Route): string {
    switch (place.kind) {
      case 'cover':
        return withBase(`${lang}/`);
      case 'chapter':
        return withBase(`${lang}/${place.slug}/`);
      case 'page':
        return withBase(`${lang}/${place.name}/`);
      case 'parallel': {
        const partners = parallelPartners(lang, place.translated);
        const partner = place.with && partners.includes(place.with) ? place.with : partners[0];
        if (!partner) return withBase(`${lang}/${place.slug}/`);
        const segment = parallelSegment(lang, partner, place.translated);
        return withBase(`${lang}/${place.slug}/parallel/${segment ? `${segment}/` : ''}`);
      }
    }
  }
  /**
   * An address read back into its language and place, the inverse of `route` (query and fragment aside):
   * the kiosk's frame tells the site's pages from anything else with it, and shows the same page in another
   * language. Undefined outside the languages' folders or for a shape the site does not build; the default
   * pair of a parallel page is named, so a third language keeps it as the language switcher does.
   */
  function placeOf(pathname: string): { lang: Locale; route: Route } | undefined {
    if (!pathname.startsWith(root)) return undefined;
    const [lang, name, parallel, other, ...more] = pathname.slice(root.length).split('/').filter(Boolean);
    if (!locales.includes(lang as Locale) || more.length) return undefined;
    const at = lang as Locale;
    if (!name) return { lang: at, route: { kind: 'cover' } };
    if (!parallel) {
      const page = pageNames.find((page) => page === name);
      return { lang: at, route: page ? { kind: 'page', name: page } : { kind: 'chapter', slug: name } };
    }
    if (parallel !== 'parallel' || pageNames.some((page) => page === name)) return undefined;
    const partner = other ?? parallelPartners(at)[0];
    if (!locales.includes(partner as Locale) || partner === at) return undefined;
    return { lang: at, route: { kind: 'parallel', slug: name, with: partner as Locale } };
  }
  /** Where a figure is stated in its chapter's text: the <Num> carries this id. */
  const figureAnchor = (figure: string) => `fig-${figure}`;
  // Plain functions, no `this`: safe to pass around or destructure.
  return {
    /** The language choice at the site's root. */
    home: () => root,
    route,
    placeOf,
    /** The same page in another language (a parallel page keeps its second language where it can). */
    inLanguage: (pathname: string, lang: Locale) => {
      const place = placeOf(pathname);
      return place && route(lang, place.route);
    },
    cover: (lang: Locale) => route(lang, { kind: 'cover' }),
    chapter: (lang: Locale, slug: string) => route(lang, { kind: 'chapter', slug }),
    page: (lang: Locale, name: PageName) => route(lang, { kind: 'page', name }),
    /** The chapter beside a second language (the default pair without `other`). */
    parallel: (lang: Locale, slug: string, other?: Locale, translated?: readonly Locale[]) =>
      route(lang, { kind: 'parallel', slug, with: other, translated }),
    /** A file under public/ or the build's root (favicon, sitemap). */
    file: (path: string) => withBase(path),
    figureAnchor,
    /** The sentence that states a figure; from its own chapter's page, only the fragment. */
    figure: (lang: Locale, figure: { id: string; chapter: string }, from?: string) =>
      `${from === figure.chapter ? '' : route(lang, { kind: 'chapter', slug: figure.chapter })}#${figureAnchor(figure.id)}`,
    /** A chart's element on any page, the target of links to it. */
    chartAnchor: (chart: string) => `chart-${chart}`,
    /** The figures as CSV: one chart's, or every figure of the report (`figures`). */
    csv: (name: string) => withBase(`${dataFolder}/${name}.csv`),
    /** The glossary on the about page. */
    glossary: (lang: Locale) => `${route(lang, { kind: 'page', name: 'about' })}#${glossaryAnchor}`,
    /** The glossary's names in the three languages, as JSON, for the search (src/pages/data/glossary.json.ts). */
    glossaryData: () => withBase(`${dataFolder}/glossary.json`),
    /** The kiosk's service worker. */
    kioskWorker: () => withBase(kioskWorkerFile),
    /** The address of a file of the build (dist/zh/family/index.html → /zh/family/), lib/built-files.ts. */
    builtFile: (file: string) => withBase(addressOfFile(file)),
    /** The part of a path under the site's base (`zh/family/`), or undefined for a path outside it. */
    underBase: (pathname: string) => (pathname.startsWith(root) ? pathname.slice(root.length) : undefined),
    /** Pagefind's bundle: its script, the per-language indexes and fragments live under it. */
    pagefind: (file = '') => withBase(`pagefind/${file}`),
  };
}

// `import.meta.env` is absent when plain Node loads this module (the content config, scripts).
export const paths = makePaths(import.meta.env?.BASE_URL ?? '/');

/** An absolute URL for canonical links, hreflang and the sitemap. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}

import type { Locale } from './locales';

/**
 * The one place that knows the URL scheme. Every link on the site is built here, on top of Astro's
 * `base`, so the build works at a domain's root and under any subpath (BASE_PATH=/yanbian-2019/).
 */
export const pageNames = ['about', 'figures', 'timeline', 'search', 'kiosk'] as const;
export type PageName = (typeof pageNames)[number];

/** A place on the site, independent of language: what the language switcher keeps. */
export type Route =
  | { kind: 'cover' }
  | { kind: 'chapter'; slug: string }
  | { kind: 'page'; name: PageName };

export function makePaths(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const withBase = (path: string) => `${root}${path.replace(/^\//, '')}`;
  function route(lang: Locale, place: Route): string {
    switch (place.kind) {
      case 'cover':
        return withBase(`${lang}/`);
      case 'chapter':
        return withBase(`${lang}/${place.slug}/`);
      case 'page':
        return withBase(`${lang}/${place.name}/`);
    }
  }
  // Plain functions, no `this`: safe to pass around or destructure.
  return {
    /** The language choice at the site's root. */
    home: () => root,
    route,
    cover: (lang: Locale) => route(lang, { kind: 'cover' }),
    chapter: (lang: Locale, slug: string) => route(lang, { kind: 'chapter', slug }),
    page: (lang: Locale, name: PageName) => route(lang, { kind: 'page', name }),
    /** A file under public/ or the build's root (favicon, sitemap, search index). */
    file: (path: string) => withBase(path),
  };
}

// `import.meta.env` is absent when plain Node loads this module (the content config, scripts).
export const paths = makePaths(import.meta.env?.BASE_URL ?? "/");

/** An absolute URL for canonical links, hreflang and the sitemap. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}

import type { APIRoute } from 'astro';
import { absoluteUrl, localeInfo, locales, paths, type Route } from '../i18n';
import { loadSite } from '../site';
import { builtPages } from '../navigation';
import { sitemapXml } from '../lib/sitemap';

/** Every page in every language, each with its translations as hreflang alternates. */
export const GET: APIRoute = async ({ site }) => {
  const { chapters } = await loadSite();
  const routes: Route[] = [
    { kind: 'cover' },
    ...chapters.order.map((slug): Route => ({ kind: 'chapter', slug })),
    ...builtPages.filter((name) => name !== 'kiosk').map((name): Route => ({ kind: 'page', name })),
  ];
  const entries = routes.flatMap((route) =>
    locales.map((lang) => ({
      loc: absoluteUrl(paths.route(lang, route), site),
      alternates: locales.map((other) => ({ hreflang: localeInfo[other].tag, href: absoluteUrl(paths.route(other, route), site) })),
    })),
  );
  return new Response(sitemapXml(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

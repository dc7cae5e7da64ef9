/**
 * What the link checker (scripts/check-links.mjs) reads from built pages: the URLs a page points at and
 * the ids it offers as #fragments, and which file of the build a URL names. Pure functions over the HTML
 * Astro writes (attribute values always double-quoted); no server, so a fragment can be checked too.
 */
import { fileOfAddress } from './built-files.ts';

/** Attributes whose value is a URL the browser follows or loads. `data-base` is the site's root on the kiosk's <body> (its frame addresses and service worker start there). */
const urlAttributes = ['href', 'src', 'action', 'poster', 'xlink:href', 'data-base'];

export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every URL in the page's tags: the attributes above, and each candidate of a srcset. */
export function extractLinks(html: string): string[] {
  const links: string[] = [];
  for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    for (const [, name, value] of tag.matchAll(/\s([a-zA-Z:-]+)="([^"]*)"/g)) {
      if (urlAttributes.includes(name!)) links.push(decodeEntities(value!));
      else if (name === 'srcset')
        links.push(
          ...decodeEntities(value!)
            .split(',')
            .map((candidate) => candidate.trim().split(/\s+/)[0]!)
            .filter(Boolean),
        );
    }
  }
  return links;
}

/** The targets a #fragment can name: every id, and the name of an <a>. */
export function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const [, id] of html.matchAll(/<[a-zA-Z][^>]*?\sid="([^"]*)"/g)) ids.add(decodeEntities(id!));
  for (const [, name] of html.matchAll(/<a\b[^>]*?\sname="([^"]*)"/g)) ids.add(decodeEntities(name!));
  return ids;
}

export type Target =
  | { kind: 'page'; file: string; fragment?: string; url: string }
  | { kind: 'outside'; url: string; reason: string }
  | { kind: 'external'; url: string }
  | { kind: 'ignored' };

/**
 * Which file of the build a link names, seen from the page at `pageUrl` (a path such as /en/family/).
 * `site` is the public origin: canonical and hreflang links name it and must lead into the build too.
 */
export function resolveLink(link: string, pageUrl: string, { base, site }: { base: string; site: string }): Target {
  if (/^(mailto|tel|data):/i.test(link)) return { kind: 'ignored' };
  if (/^javascript:/i.test(link)) return { kind: 'outside', url: link, reason: 'a javascript: URL (the CSP blocks it)' };
  const origin = new URL(site).origin;
  const url = new URL(link, new URL(pageUrl, origin));
  if (url.origin !== origin) return { kind: 'external', url: url.href };
  const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
  if (!url.pathname.startsWith(base)) return { kind: 'outside', url: url.pathname, reason: `outside the base ${base}` };
  let file: string;
  try {
    file = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    return { kind: 'outside', url: url.pathname, reason: 'a malformed address' };
  }
  return { kind: 'page', file: fileOfAddress(file), url: url.pathname, ...(fragment ? { fragment } : {}) };
}

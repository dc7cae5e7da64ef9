/**
 * Prefixes every id in a piece of HTML, and every reference to one (aria-labelledby, aria-describedby,
 * aria-controls, for, href="#…"), so that one component can appear several times on a page with its ids
 * still unique and its labels still pointing at their own element. For HTML the site itself rendered
 * (attribute values in double quotes, as Astro writes them), not for arbitrary input.
 */
export function namespaceIds(html: string, prefix: string): string {
  return html
    .replace(/(\s(?:id|for))="([^"]+)"/g, (_, attr: string, id: string) => `${attr}="${prefix}${id}"`)
    .replace(
      /(\saria-(?:labelledby|describedby|controls))="([^"]+)"/g,
      (_, attr: string, ids: string) =>
        `${attr}="${ids
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => `${prefix}${id}`)
          .join(' ')}"`,
    )
    .replace(/(\shref)="#([^"]+)"/g, (_, attr: string, id: string) => `${attr}="#${prefix}${id}"`);
}

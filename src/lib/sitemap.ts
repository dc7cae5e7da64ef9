export interface SitemapEntry {
  loc: string;
  alternates: { hreflang: string; href: string }[];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A sitemap with xhtml:link alternates, the form search engines read for translated pages. */
export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `  <url>\n    <loc>${escape(entry.loc)}</loc>\n${entry.alternates
        .map((alt) => `    <xhtml:link rel="alternate" hreflang="${escape(alt.hreflang)}" href="${escape(alt.href)}"/>\n`)
        .join('')}  </url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

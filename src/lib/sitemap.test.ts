import { describe, expect, it } from 'vitest';
import { sitemapXml } from './sitemap';

describe('the sitemap', () => {
  it('lists each page with its translations as alternates, escaped', () => {
    const xml = sitemapXml([
      {
        loc: 'https://example.org/en/family/?a=1&b=2&c=<"x">',
        alternates: [
          { hreflang: 'zh-CN', href: 'https://example.org/zh/family/' },
          { hreflang: 'en', href: 'https://example.org/en/family/"' },
        ],
      },
    ]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset /);
    expect(xml).toContain('<loc>https://example.org/en/family/?a=1&amp;b=2&amp;c=&lt;&quot;x&quot;&gt;</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.org/zh/family/"/>');
    // A quote in an attribute value would end the attribute early.
    expect(xml).toContain('hreflang="en" href="https://example.org/en/family/&quot;"/>');
    expect(xml.match(/<url>/g)).toHaveLength(1);
  });
});

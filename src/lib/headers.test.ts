import { describe, expect, it } from 'vitest';
import {
  buildHeadersFile,
  headersFor,
  inlineHashes,
  metaCsp,
  nginxSnippet,
  parseCsp,
  parseHeadersFile,
  pathMatches,
  renderCsp,
  renderHeadersFile,
  sha256,
  siteCsp,
  unionCsp,
} from './headers';

const template = `# a comment
/*
  Content-Security-Policy: frame-ancestors 'self'
  X-Content-Type-Options: nosniff

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/sw.js
  Cache-Control: no-store
`;

describe('the _headers form', () => {
  it('reads paths and their indented headers, skipping comments', () => {
    expect(parseHeadersFile(template)).toEqual([
      {
        path: '/*',
        headers: [
          ['Content-Security-Policy', "frame-ancestors 'self'"],
          ['X-Content-Type-Options', 'nosniff'],
        ],
      },
      { path: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
      { path: '/sw.js', headers: [['Cache-Control', 'no-store']] },
    ]);
  });

  it('names the line of a header with no path above it', () => {
    expect(() => parseHeadersFile('  X-A: b')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/x\n  no colon here')).toThrow(/line 2/);
  });

  it('writes what it reads', () => {
    const rules = parseHeadersFile(template);
    expect(parseHeadersFile(renderHeadersFile(rules, ['generated']))).toEqual(rules);
  });

  it('matches a splat across slashes and everything else literally', () => {
    expect(pathMatches('/*', '/')).toBe(true);
    expect(pathMatches('/_astro/*', '/_astro/a.B1.js')).toBe(true);
    expect(pathMatches('/_astro/*', '/en/_astro/a.js')).toBe(false);
    expect(pathMatches('/sw.js', '/swxjs')).toBe(false);
    expect(pathMatches('/', '/en/')).toBe(false);
  });

  it('gathers the headers of every matching rule, and refuses two rules setting one header', () => {
    const rules = parseHeadersFile(template);
    expect(headersFor(rules, '/_astro/x.js')).toEqual({
      'content-security-policy': "frame-ancestors 'self'",
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(headersFor(rules, '/en/')['cache-control']).toBeUndefined();
    const overlapping = parseHeadersFile(`${template}\n/_astro/old/*\n  Cache-Control: no-cache\n`);
    expect(() => headersFor(overlapping, '/_astro/old/a.js')).toThrow(/Cache-Control is set by more than one rule/);
  });

  it('moves every path under the base and completes the policy', () => {
    const rules = buildHeadersFile(parseHeadersFile(template), '/yanbian-2019/', "default-src 'self'; frame-ancestors 'self'");
    expect(rules.map((rule) => rule.path)).toEqual(['/yanbian-2019/*', '/yanbian-2019/_astro/*', '/yanbian-2019/sw.js']);
    expect(rules[0]!.headers[0]).toEqual(['Content-Security-Policy', "default-src 'self'; frame-ancestors 'self'"]);
    expect(buildHeadersFile(parseHeadersFile(template), '/', 'x')[1]!.path).toBe('/_astro/*');
  });
});

describe('Content-Security-Policy', () => {
  it('hashes as browsers and Astro do', () => {
    // Astro's own policy lists the empty style's hash: the same bytes must give the same source.
    expect(sha256('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(sha256('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('finds inline scripts and styles, not external scripts or JSON data', () => {
    const html = `<head><style>a{color:red}</style><script type="module" src="/_astro/a.js"></script>
      <script type="application/ld+json">{"a":1}</script><script>alert(1)</script><script type="module">x()</script></head>`;
    expect(inlineHashes(html)).toEqual({ scripts: [sha256('alert(1)'), sha256('x()')], styles: [sha256('a{color:red}')] });
  });

  it('reads the policy of a page’s meta tag', () => {
    expect(metaCsp(`<meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' 'sha256-a='">`)).toBe(
      "default-src 'self';script-src 'self' 'sha256-a='",
    );
    expect(metaCsp('<meta name="description" content="x">')).toBeUndefined();
  });

  it('unites policies so that what one page relies on is never taken away', () => {
    const a = parseCsp("default-src 'self'; script-src 'self' 'sha256-a='");
    // b names no script-src: its scripts fall back to default-src, which the union must keep.
    const b = parseCsp("default-src 'none'; style-src 'sha256-b='");
    const union = unionCsp([a, b]);
    expect(union.get('script-src')).toEqual(["'self'", "'sha256-a='"]);
    expect(union.get('style-src')).toEqual(["'self'", "'sha256-b='"]);
    expect(union.get('default-src')).toEqual(["'self'"]);
    expect(renderCsp(parseCsp("default-src 'self';  img-src 'self' data:;"))).toBe("default-src 'self'; img-src 'self' data:");
  });

  it('adds to the site’s policy an inline script that a page’s meta forgot', () => {
    const page = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'"><script>alert(1)</script>`;
    const csp = parseCsp(siteCsp("frame-ancestors 'self'", [page, '<p>no policy, no scripts</p>']));
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", sha256('alert(1)')]);
  });
});

describe('the nginx snippet', () => {
  it('sets the variables deploy/nginx.conf sends', () => {
    expect(nginxSnippet("default-src 'self'", '/yanbian-2019/')).toContain(`set $yinji_csp "default-src 'self'";`);
    expect(nginxSnippet("default-src 'self'", '/yanbian-2019/')).toContain('set $yinji_base "/yanbian-2019/";');
  });

  it('refuses what nginx would read as a variable or an escape', () => {
    expect(() => nginxSnippet('report-uri https://x/$y', '/')).toThrow(/safely/);
    expect(() => nginxSnippet('a"b', '/')).toThrow(/safely/);
  });
});

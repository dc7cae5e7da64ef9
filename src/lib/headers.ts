import { createHash } from 'node:crypto';

/**
 * The HTTP headers a host sends with the built site, in the two forms we ship:
 *  - `_headers` (Netlify, Cloudflare Pages): path rules, each with indented `Name: value` lines;
 *  - an nginx snippet that `deploy/nginx.conf` reads the Content-Security-Policy from.
 *
 * The pages carry Astro's CSP as a <meta> tag, with the hashes of that page's scripts and styles. A meta
 * tag cannot set `frame-ancestors`, so the same policy goes out as a header too; a browser enforces both,
 * so the header must allow every inline script and style any page uses, or it blocks what the meta allows.
 */

export type HeaderRule = { path: string; headers: [name: string, value: string][] };
export type Csp = Map<string, string[]>;

/** Parses the `_headers` form: a path at the start of a line, then its headers indented below it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*\S)\s*$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a path, got "${line.trim()}"`);
    rule.headers.push([header[1]!, header[2]!]);
  });
  return rules;
}

export function renderHeadersFile(rules: HeaderRule[], preamble: string[] = []): string {
  const blocks = rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return [...preamble.map((line) => `# ${line}`), ...(preamble.length ? [''] : []), blocks.join('\n\n'), ''].join('\n');
}

/**
 * Does a `_headers` path pattern match a URL path? `*` is a splat (any characters, slashes included), as
 * both Netlify and Cloudflare Pages read it; everything else matches literally.
 */
export function pathMatches(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}

/**
 * The headers a host sends for a path: every matching rule's, in file order. Where two rules set the same
 * header the hosts disagree (Cloudflare joins the values, Netlify keeps the later), so our file never does
 * that, and this function refuses it.
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const rule of rules.filter((r) => pathMatches(r.path, path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (key in found) throw new Error(`${path}: ${name} is set by more than one rule of _headers`);
      found[key] = value;
    }
  }
  return found;
}

export function parseCsp(policy: string): Csp {
  const csp: Csp = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !csp.has(name.toLowerCase())) csp.set(name.toLowerCase(), sources);
  }
  return csp;
}

export function renderCsp(csp: Csp): string {
  return [...csp].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The directives a missing fetch directive falls back to, nearest first (CSP Level 3). */
const fallbacks: Record<string, string[]> = {
  'script-src-elem': ['script-src', 'default-src'],
  'script-src-attr': ['script-src', 'default-src'],
  'style-src-elem': ['style-src', 'default-src'],
  'style-src-attr': ['style-src', 'default-src'],
  'worker-src': ['child-src', 'script-src', 'default-src'],
};
const fetchDirectives = new Set([
  'child-src',
  'connect-src',
  'font-src',
  'frame-src',
  'img-src',
  'manifest-src',
  'media-src',
  'object-src',
  'script-src',
  'style-src',
  ...Object.keys(fallbacks),
]);

/** What a policy allows for a directive, following the fallbacks when the policy does not name it. */
function effective(csp: Csp, directive: string): string[] | undefined {
  if (csp.has(directive)) return csp.get(directive);
  if (!fetchDirectives.has(directive)) return undefined;
  for (const fallback of fallbacks[directive] ?? ['default-src']) if (csp.has(fallback)) return csp.get(fallback);
  return undefined;
}

/**
 * One policy that allows whatever any of the given policies allows, directive by directive. A policy that
 * lacks a fetch directive another one names contributes what it falls back to (its default-src), so the
 * union never takes away what a page relied on.
 */
export function unionCsp(policies: Csp[]): Csp {
  const names = [...new Set(policies.flatMap((csp) => [...csp.keys()]))];
  const union: Csp = new Map();
  for (const name of names) {
    const sources = policies.flatMap((csp) => effective(csp, name) ?? []);
    union.set(name, unionSources(sources));
  }
  return union;
}

/** 'none' means nothing; next to any other source it means nothing more, so it goes. */
function unionSources(sources: string[]): string[] {
  const unique = [...new Set(sources)];
  return unique.length > 1 ? unique.filter((source) => source !== "'none'") : unique;
}

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Script types a browser runs (and CSP governs); JSON data blocks and the like are not scripts. */
const executable = /^(|module|text\/javascript|application\/javascript)$/i;

/**
 * The hashes of a page's inline scripts and styles, as CSP source expressions: what a policy must list for
 * the page to run them. Read from the HTML exactly as served (a hash covers the element's text byte for byte).
 */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(attributes!)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes!)?.[1] ?? '';
    if (executable.test(type)) scripts.push(sha256(body!));
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => sha256(body!));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** The CSP a page declares in its <meta http-equiv="content-security-policy">, if any. */
export function metaCsp(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv\s*=\s*["']?content-security-policy/i.test(tag)) continue;
    const content = /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag);
    if (content)
      return (content[1] ?? content[2])!
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
  }
  return undefined;
}

/**
 * The site's header policy: every page's meta policy, the hashes of every inline script and style (also
 * those a meta forgot), and what only a header can say (`frame-ancestors`, from the template).
 */
export function siteCsp(template: string, pages: string[]): string {
  const policies = [parseCsp(template)];
  for (const html of pages) {
    const meta = metaCsp(html);
    const page = meta ? parseCsp(meta) : new Map();
    const { scripts, styles } = inlineHashes(html);
    if (scripts.length) page.set('script-src', [...(effective(page, 'script-src') ?? []), ...scripts]);
    if (styles.length) page.set('style-src', [...(effective(page, 'style-src') ?? []), ...styles]);
    if (meta || scripts.length || styles.length) policies.push(page);
  }
  return renderCsp(unionCsp(policies));
}

/**
 * The `_headers` file for a build: the template's rules with their paths under the site's base and the
 * Content-Security-Policy completed with the build's policy.
 */
export function buildHeadersFile(template: HeaderRule[], base: string, csp: string): HeaderRule[] {
  const prefix = base.replace(/\/$/, '');
  return template.map((rule) => ({
    path: `${prefix}${rule.path}`,
    headers: rule.headers.map(([name, value]) => [name, name.toLowerCase() === 'content-security-policy' ? csp : value]),
  }));
}

/**
 * The nginx side: variables that deploy/nginx.conf sends. nginx reads a double-quoted string with `$` as a
 * variable and `\` as an escape, so a policy holding either (none of ours does) is refused, not mangled.
 */
export function nginxSnippet(csp: string, base: string): string {
  for (const value of [csp, base]) {
    if (/["$\\\n]/.test(value)) throw new Error(`Cannot write to nginx's config safely: ${value}`);
  }
  return [
    '# Written by the build (src/integrations/headers.ts) for this dist/ only: include it in the server block',
    '# next to deploy/nginx.conf, and reload nginx whenever dist/ changes (a new build may hash new scripts).',
    `set $yinji_base "${base}";`,
    `set $yinji_csp "${csp}";`,
    '',
  ].join('\n');
}

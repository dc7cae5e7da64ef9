import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isPage } from '../lib/built-files.ts';
import { makePaths, normalBase } from '../i18n/paths.ts';
import { buildHeadersFile, headersFor, nginxSnippet, parseCsp, parseHeadersFile, renderHeadersFile, siteCsp } from '../lib/headers.ts';

/** Cloudflare Pages ignores a `_headers` line longer than this; better a failed build than no policy. */
const maxLineLength = 2000;

function filesUnder(dir: string): string[] {
  return (
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      // Sorted: the policy lists hashes in page order, and the same commit must build to the same bytes.
      .sort()
  );
}

/**
 * Writes the header policy of this build, after the pages are written: dist/_headers (from the template
 * public/_headers) and dist/_nginx.conf (the variables deploy/nginx.conf sends). Its Content-Security-Policy
 * is gathered from the built HTML, so a new inline script can never be missing from it.
 */
export function headers(): AstroIntegration {
  let base = '/';
  return {
    name: 'yinji-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const templatePath = join(site, '_headers');
        if (!existsSync(templatePath)) throw new Error('public/_headers is missing: the build cannot write the header policy.');
        const files = filesUnder(site);
        const pages = files.filter(isPage).map((file) => readFileSync(file, 'utf8'));
        const template = parseHeadersFile(readFileSync(templatePath, 'utf8'));
        const templateCsp = template.flatMap((rule) => rule.headers).find(([name]) => name.toLowerCase() === 'content-security-policy');
        if (!templateCsp) throw new Error('public/_headers sets no Content-Security-Policy.');
        const csp = siteCsp(templateCsp[1], pages);
        const scriptSources = parseCsp(csp).get('script-src') ?? parseCsp(csp).get('default-src') ?? [];
        if (scriptSources.includes("'unsafe-inline'")) throw new Error(`The header policy would allow inline scripts: ${csp}`);

        const rules = buildHeadersFile(template, base, csp);
        // Every file and page must get one unambiguous set of headers (headersFor throws on an overlap).
        const paths = makePaths(base);
        for (const file of files) headersFor(rules, paths.builtFile(relative(site, file)));
        const text = renderHeadersFile(rules, ['Written by the build from public/_headers (src/integrations/headers.ts) for this build only.']);
        const long = text.split('\n').find((line) => line.length > maxLineLength);
        if (long) throw new Error(`A _headers line is longer than ${maxLineLength} characters, which Cloudflare Pages ignores: ${long.slice(0, 80)}…`);
        writeFileSync(templatePath, text);
        writeFileSync(join(site, '_nginx.conf'), nginxSnippet(csp, base));
        logger.info(
          `header policy: ${
            parseCsp(csp)
              .get('script-src')
              ?.filter((s) => s.startsWith("'sha")).length ?? 0
          } script hashes, ${pages.length} pages`,
        );
      },
    },
  };
}

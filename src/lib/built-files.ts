/**
 * The one mapping between the files of a build (dist/) and the addresses they are served at, relative to
 * the site's base: a page is written as `zh/family/index.html` and asked for as its directory, `zh/family/`
 * (trailing slash, as every link on the site writes it); any other file by its own path. The precache, the
 * header policy, the kiosk's worker, the link checker and the preview server all go through here; the
 * base in front comes from src/i18n/paths.ts. No imports, so plain Node scripts load it too.
 */

const page = 'index.html';

/** A built file's path with forward slashes, whatever the system's separator. */
export const builtFile = (file: string): string => file.split('\\').join('/');

/** Is this built file a page (HTML)? */
export const isPage = (file: string): boolean => file.endsWith('.html');

/** The address of a built file, relative to the base: `zh/family/index.html` → `zh/family/`, `index.html` → ``. */
export function addressOfFile(file: string): string {
  const path = builtFile(file);
  if (path === page) return '';
  return path.endsWith(`/${page}`) ? path.slice(0, -page.length) : path;
}

/** The built file an address (relative to the base) names: `zh/family/` → `zh/family/index.html`. */
export function fileOfAddress(address: string): string {
  return address === '' || address.endsWith('/') ? `${address}${page}` : address;
}

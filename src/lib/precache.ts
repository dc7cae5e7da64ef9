/**
 * What the kiosk keeps for offline use, and under which version: computed from the built files at the end
 * of the build (src/integrations/kiosk.ts). Node only (it hashes); unit-tested in precache.test.ts.
 */
import { createHash } from 'node:crypto';
import { addressOfFile, builtFile } from './built-files';

/** Files of the build the kiosk never needs: for crawlers, and the worker itself (the browser fetches it). */
const notPrecached = [/^robots\.txt$/, /^sitemap\.xml$/, /^sw\.js$/];

/**
 * The URL (relative to the site's base) under which the kiosk asks for each built file: its address
 * (lib/built-files.ts; a page as its directory, `zh/family/`). Sorted, so the same build always lists the same way.
 */
export function precacheUrls(files: readonly string[]): string[] {
  return files
    .map(builtFile)
    .filter((file) => !notPrecached.some((pattern) => pattern.test(file)))
    .map(addressOfFile)
    .sort();
}

/**
 * The build's version: a digest of every precached file's path and bytes. The same commit builds the same
 * bytes, so the same version (the build is tested to be byte-identical); any change to any file, a new one
 * or one removed gives a new version, and with it a new worker that replaces the old cache.
 */
export function buildVersion(files: readonly { url: string; bytes: Uint8Array | string }[]): string {
  const digest = createHash('sha256');
  for (const { url, bytes } of [...files].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
    digest.update(url).update('\0').update(createHash('sha256').update(bytes).digest('hex')).update('\n');
  }
  return digest.digest('hex').slice(0, 16);
}

/**
 * The kiosk's service worker, written to {base}sw.js at the end of the build (src/integrations/kiosk.ts
 * fills in the version and the file list). Served from the site's base, so its scope is the whole site.
 * Only the kiosk registers it (src/components/kiosk/kiosk.ts); ordinary visitors never get it.
 *
 * - install: fetch every file of this build into a cache named for the build's version, all or nothing
 *   (a failed download leaves the previous worker, and its complete cache, in charge);
 * - activate: delete every older version's cache, take charge of the open kiosk at once;
 * - fetch: answer from the cache, ignoring the query (Pagefind asks for pagefind-entry.json?ts=…, search
 *   results open pages with ?highlight=…); anything not in the build goes to the network, and a page that
 *   cannot be had fails as a network error, which the kiosk answers by going back to its loop.
 */
const PRECACHE = /* PRECACHE */ { version: 'dev', files: [] };

const PREFIX = 'yinji-kiosk-';
const CACHE = `${PREFIX}${PRECACHE.version}`;
const scope = self.registration.scope;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `reload`: past the HTTP cache, so a page of the previous build can never end up in this version.
      await cache.addAll(PRECACHE.files.map((file) => new Request(new URL(file, scope), { cache: 'reload' })));
      await self.skipWaiting();
    })().catch(async (error) => {
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'version') event.source?.postMessage({ version: PRECACHE.version, files: PRECACHE.files.length });
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached = (await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
      if (cached) return cached;
      try {
        return await fetch(request);
      } catch {
        return Response.error();
      }
    })(),
  );
});

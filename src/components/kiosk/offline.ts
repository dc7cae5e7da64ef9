import { paths } from '../../i18n/paths';

/**
 * The worker ({base}sw.js, written by the build) keeps every file of this build. `data-offline="ready"`
 * on <html> says it has them all and is in charge. A new build is picked up by itself: the kiosk asks
 * for a new worker every few minutes; once one has its cache and takes over, `updated` is called (the
 * kiosk reloads when next idle, at once if the loop is showing).
 */
export async function keepOffline(updated: () => void) {
  if (!('serviceWorker' in navigator)) return;
  const html = document.documentElement;
  const worker = navigator.serviceWorker;
  const registration = await worker.register(paths.kioskWorker(), { scope: paths.home(), updateViaCache: 'none' });
  await worker.ready;
  if (!worker.controller) await new Promise((resolve) => worker.addEventListener('controllerchange', resolve, { once: true }));
  html.dataset.offline = 'ready';
  worker.addEventListener('message', (event: MessageEvent<{ version?: string }>) => {
    if (event.data?.version) html.dataset.offlineVersion = event.data.version;
  });
  worker.controller?.postMessage('version');
  worker.addEventListener('controllerchange', updated);
  setInterval(() => void registration.update().catch(() => undefined), 5 * 60 * 1000);
}

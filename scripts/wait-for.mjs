/** Resolves once a URL answers, for scripts that start the static server themselves. */
/**
 * @param {string} url
 * @param {{ timeout?: number }} [options]
 */
export async function waitFor(url, { timeout = 10_000 } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // Not listening yet: ask again until the timeout.
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

import { expect, type Page } from '@playwright/test';

export const locales = ['zh', 'ko', 'en'] as const;

/** The report's order: prologue, its six sections, epilogue. */
export const reportOrder = ['prologue', 'planning', 'outreach', 'development', 'family', 'rights', 'reform', 'epilogue'];

/**
 * Watches a page for what a visitor would call broken: console errors (CSP violations included), failed
 * requests, responses of 400 and above, and any request to another origin (the site must work offline).
 */
export function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Moving on to the next page aborts what the last one still loads (often its favicon): not a fault.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:'].includes(url.protocol)) return;
    if (url.host !== new URL(page.url() === 'about:blank' ? request.url() : page.url()).host) problems.push(`other origin: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') problems.push(`${response.status()}: ${response.url()}`);
  });
  return {
    problems,
    expectClean: () => expect(problems, problems.join('\n')).toEqual([]),
  };
}

/** Every page the sitemap lists, as a path under the server's base URL. */
export async function sitemapPaths(page: Page, baseURL: string): Promise<string[]> {
  const response = await page.request.get(new URL('sitemap.xml', baseURL).href);
  expect(response.status()).toBe(200);
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

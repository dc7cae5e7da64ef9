/**
 * Which Chromium to drive. Debian's /usr/bin/chromium where it is installed (CI here cannot download
 * Playwright's own build), else CHROMIUM_PATH, else Playwright's bundled browser: detected, not hard-wired.
 */
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
export const chromiumPath = candidates.find((path) => path && existsSync(path));

export const launchOptions = {
  executablePath: chromiumPath,
  // Keep the browser from calling home: this machine has no network, and tests must see only the site.
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
};

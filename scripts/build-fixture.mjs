#!/usr/bin/env node
/**
 * Builds the test fixture site into dist.fixture/: the real content plus e2e/fixtures (a chapter that
 * exists only in Chinese), under the subpath /yanbian-2019/. Real chapters are never left untranslated
 * to test the fallback.
 */
import { cpSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

// A fixed place, rebuilt each time: Astro's content cache remembers file paths between builds, and a
// temporary folder that vanished would leave it pointing at nothing.
const content = 'node_modules/.cache/yinji/fixture-content';
rmSync(content, { recursive: true, force: true });
cpSync('content', content, { recursive: true });
cpSync('e2e/fixtures', content, { recursive: true });
const build = spawnSync(process.execPath, ['scripts/build.mjs', '--out', 'dist.fixture'], {
  stdio: 'inherit',
  env: { ...process.env, YINJI_CONTENT: content, BASE_PATH: '/yanbian-2019/' },
});
process.exit(build.status ?? 1);

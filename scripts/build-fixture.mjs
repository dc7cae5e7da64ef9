#!/usr/bin/env node
/**
 * Builds the test fixture site into dist.fixture/: the real content plus e2e/fixtures (a chapter that
 * exists only in Chinese), under the subpath /yanbian-2019/. Real chapters are never left untranslated
 * to test the fallback.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const content = mkdtempSync(join(tmpdir(), 'yinji-fixture-'));
cpSync('content', content, { recursive: true });
cpSync('e2e/fixtures', content, { recursive: true });
const build = spawnSync(process.execPath, ['scripts/build.mjs', '--out', 'dist.fixture'], {
  stdio: 'inherit',
  env: { ...process.env, YINJI_CONTENT: content, BASE_PATH: '/yanbian-2019/' },
});
rmSync(content, { recursive: true, force: true });
process.exit(build.status ?? 1);

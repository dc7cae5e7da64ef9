#!/usr/bin/env node
/**
 * html-validate over every page of the builds (.htmlvalidate.mjs: the recommended rules). Prints each error
 * with its file, line and rule, then a count; exits 1 on any error. `--json FILE` writes
 * { passed, failed } pages for scripts/test.mjs.
 *
 *   node scripts/validate-html.mjs [dist dist.fixture] [--json test-results/html.json]
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const { values, positionals } = parseArgs({ options: { json: { type: 'string' } }, allowPositionals: true });
const dirs = (positionals.length ? positionals : ['dist', 'dist.fixture']).filter((dir) => existsSync(dir));
if (!dirs.length) {
  console.error('No build to validate: run npm run build first.');
  process.exit(1);
}

const validator = new HtmlValidate(new FileSystemConfigLoader());
let pages = 0;
let failedPages = 0;
let errors = 0;
const byRule = new Map();
for (const dir of dirs) {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
  for (const file of files.sort()) {
    pages++;
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((result) => result.messages);
    if (!messages.length) continue;
    failedPages++;
    for (const message of messages) {
      errors++;
      byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1);
      console.log(`${relative('.', file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
}
for (const [rule, count] of byRule) console.log(`  ${count} × ${rule}`);
console.log(`html-validate: ${pages} pages in ${dirs.join(', ')}, ${errors} errors on ${failedPages} pages`);
if (values.json) writeFileSync(values.json, JSON.stringify({ passed: pages - failedPages, failed: failedPages, errors }));
process.exit(errors ? 1 : 0);

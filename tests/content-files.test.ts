/**
 * An editor on Windows saves a chapter with a byte-order mark and CRLF line endings: the build accepts it
 * (tests/build.test.ts), and the tests that hold the text to the report read it like any other.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentDir, readChapters } from './content-files';

describe('content saved on Windows', () => {
  it('reads chapters with a byte-order mark and CRLF line endings exactly like the originals', () => {
    const copy = mkdtempSync(join(tmpdir(), 'yinji-crlf-'));
    try {
      cpSync(join(contentDir, 'chapters'), join(copy, 'chapters'), { recursive: true });
      for (const file of ['zh/04-family.mdx', 'ko/04-family.mdx', 'en/00-prologue.mdx']) {
        const path = join(copy, 'chapters', file);
        writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8').replace(/\n/g, '\r\n')}`);
      }
      const strip = (chapters: ReturnType<typeof readChapters>) => chapters.map(({ lang, data, body }) => ({ lang, data, body }));
      expect(strip(readChapters(copy))).toEqual(strip(readChapters()));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

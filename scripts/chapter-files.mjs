// @ts-check
/**
 * The chapters in a content folder, read from their files as the build reads them (a byte-order mark and
 * CRLF line endings are fine): for the scaffold, which must not reuse a slug or an order, and for the
 * build's summary, which names the drafts it left out.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/**
 * @typedef {object} ChapterFile
 * @property {string} file the path as shown to the editor, relative to the working folder
 * @property {string} lang
 * @property {string} slug
 * @property {number} order
 * @property {string} [kind]
 * @property {number} [section]
 * @property {boolean} draft
 */

/**
 * @param {string} content the content folder
 * @returns {ChapterFile[]}
 */
export function readChapterFiles(content) {
  const chapters = join(content, 'chapters');
  if (!existsSync(chapters)) return [];
  return readdirSync(chapters).flatMap((lang) =>
    readdirSync(join(chapters, lang))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const path = join(chapters, lang, name);
        const text = readFileSync(path, 'utf8')
          .replace(/^\uFEFF/, '')
          .replace(/\r\n?/g, '\n');
        const data = frontmatterOf(text);
        // A file whose frontmatter cannot be read still holds its file name's slug.
        const slug = typeof data.slug === 'string' ? data.slug : name.replace(/^\d+-/, '').replace(/\.mdx$/, '');
        const order = Number.isInteger(data.order) ? Number(data.order) : Number(/^(\d+)-/.exec(name)?.[1] ?? 0);
        return {
          file: relative(process.cwd(), path) || path,
          lang,
          slug,
          order,
          kind: typeof data.kind === 'string' ? data.kind : undefined,
          section: typeof data.section === 'number' ? data.section : undefined,
          draft: data.draft === true,
        };
      }),
  );
}

/**
 * @param {string} text
 * @returns {Record<string, unknown>}
 */
function frontmatterOf(text) {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  if (frontmatter === undefined) return {};
  try {
    const data = parse(frontmatter);
    return data !== null && typeof data === 'object' ? data : {};
  } catch {
    return {};
  }
}

/**
 * The chapters' loader: Astro's glob() loader, with every file checked on its own first (lib/chapter-file).
 * Astro would stop at the first file whose frontmatter breaks the schema, and a file that is not UTF-8,
 * whose YAML is broken or whose image is missing would only fail later inside the bundler, with the
 * bundler's words and line. Here a broken file is kept as its problems instead (src/site.ts lists them,
 * for all files at once, in the build and in the preview's overlay) and is never handed to the bundler.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { chapterSchema } from './schemas';
import { checkChapterFile } from './lib/chapter-file';

/** A chapter, or what is wrong with its file. */
export const chapterFileSchema = z.union([chapterSchema, z.strictObject({ problems: z.array(z.string()).min(1) })]);

type EntryInfo = { data: Record<string, unknown>; body: string };
interface EntryType {
  getEntryInfo(input: { contents: string; fileUrl: URL }): Promise<EntryInfo>;
}
type Store = LoaderContext['store'];

export function chapterLoader(options: Parameters<typeof glob>[0]): Loader {
  const files = glob(options);
  return {
    name: 'yinji-chapters',
    load: (context) => {
      const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, EntryType> };
      const mdx = entryTypes.get('.mdx');
      if (!mdx) throw new Error('The MDX integration is not configured: chapters are .mdx files');
      const checked: EntryType = {
        ...mdx,
        async getEntryInfo(input) {
          const path = fileURLToPath(input.fileUrl);
          let frontmatter: Parameters<typeof checkChapterFile>[2];
          let info: EntryInfo | undefined;
          try {
            info = await mdx.getEntryInfo(input);
            frontmatter = { data: info.data };
          } catch (error) {
            // The MDX integration's YAML error carries the file's line (js-yaml counts from the opening ---).
            const { loc, message } = error as { loc?: { line?: number }; message?: string };
            frontmatter = { yamlError: { line: loc?.line ?? 1, reason: message ?? String(error) } };
          }
          const { chapter, problems } = checkChapterFile(relative(process.cwd(), path), readFileSync(path), frontmatter, (image) =>
            existsSync(join(dirname(path), image)),
          );
          return chapter && info ? { ...info, data: chapter } : { data: { problems }, body: '' };
        },
      };
      return files.load({ ...context, entryTypes: new Map([...entryTypes, ['.mdx', checked]]), store: withoutBrokenModules(context.store) } as LoaderContext);
    },
  };
}

/** A broken file is stored as data only: no module of it reaches the bundler, which would fail on it in its own words. */
function withoutBrokenModules(store: Store): Store {
  return { ...store, set: (entry) => store.set('problems' in entry.data ? { id: entry.id, data: entry.data, digest: entry.digest } : entry) };
}

/**
 * The content's loaders: Astro's glob() loader, with every file checked on its own first. Astro would
 * stop at the first file that breaks its schema, and a chapter that is not UTF-8, whose YAML is broken or
 * whose image is missing would only fail later inside the bundler, with the bundler's words and line.
 * Here a broken file is kept as its problems instead (src/site.ts lists them, for all files at once, in
 * the build and in the preview's overlay) and a broken chapter is never handed to the bundler.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { chapterSchema } from './schemas';
import { checkChapterFile } from './lib/chapter-file';
import { schemaProblems } from './lib/schema-problems';

/** What is wrong with a file, kept in its place. */
export interface FileProblems {
  problems: string[];
}
const fileProblems = z.strictObject({ problems: z.array(z.string()).min(1) });

/** A record of the schema, or what is wrong with its file (the collection's schema at Astro's layer). */
export const orProblems = <S extends z.ZodType>(schema: S) => z.union([schema, fileProblems]);

/** A chapter, or what is wrong with its file. */
export const chapterFileSchema = orProblems(chapterSchema);

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
            frontmatter = { data: info.data, body: info.body };
          } catch (error) {
            // The MDX integration's YAML error carries the file's line (js-yaml counts from the opening ---).
            const { loc, message } = error as { loc?: { line?: number }; message?: string };
            frontmatter = { yamlError: { line: loc?.line ?? 1, reason: message ?? String(error) } };
          }
          const { problems } = checkChapterFile(relative(process.cwd(), path), readFileSync(path), frontmatter, (image) =>
            existsSync(join(dirname(path), image)),
          );
          // The frontmatter itself, not the schema's output: Astro parses it with the schema once more.
          return info && !problems.length ? info : { data: { problems }, body: '' };
        },
      };
      return files.load({
        ...context,
        entryTypes: new Map([...entryTypes, ['.mdx', checked]]),
        store: withoutBrokenModules(context.store),
      } as LoaderContext);
    },
  };
}

/**
 * JSON records (figures, charts, milestones, the report, the glossary), each held to its schema here, so
 * that a broken record is named with every other one's problems. A JSON syntax error (lib/json-records,
 * through integrations/content-files) is kept the same way.
 */
export function recordLoader(options: Parameters<typeof glob>[0], schema: z.ZodType, noun: string): Loader {
  const files = glob(options);
  return {
    name: 'yinji-records',
    load: (context) => {
      const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, EntryType> };
      const json = entryTypes.get('.json');
      if (!json) throw new Error('No reader for .json records (integrations/content-files.ts)');
      const checked: EntryType = {
        ...json,
        async getEntryInfo(input) {
          const file = relative(process.cwd(), fileURLToPath(input.fileUrl));
          let info: EntryInfo;
          try {
            info = await json.getEntryInfo(input);
          } catch (error) {
            return { data: { problems: [error instanceof Error ? error.message : String(error)] }, body: '' };
          }
          const { problems } = schemaProblems(schema, info.data, { file, lines: input.contents.replace(/^\uFEFF/, '').split(/\r?\n/), noun });
          // The record itself, not the schema's output: Astro parses it with the schema once more.
          return problems.length ? { ...info, data: { problems } } : info;
        },
      };
      return files.load({
        ...context,
        entryTypes: new Map([...entryTypes, ['.json', checked]]),
        store: withoutBrokenModules(context.store),
      } as LoaderContext);
    },
  };
}

/**
 * A broken file is stored as data only: no module of it reaches the bundler, which would fail on it in its
 * own words; and without a file path, glob() reads it again on the next build instead of trusting its cache
 * (a missing image may have been added since, or the checks changed).
 */
function withoutBrokenModules(store: Store): Store {
  return { ...store, set: (entry) => store.set('problems' in entry.data ? { id: entry.id, data: entry.data, digest: entry.digest } : entry) };
}

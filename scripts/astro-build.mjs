#!/usr/bin/env node
/**
 * One `astro build`, run by scripts/build.mjs in a child process, quiet: Astro logs only warnings and
 * errors, and an error is printed the way an editor can act on it.
 *
 * An editor's mistake (a content file that breaks a rule) prints the file, the line where known, the field
 * and what is expected, and nothing else: no stack trace, no location inside Astro's own code, which only
 * bury the one line that matters. Anything else is a bug in the site's code and keeps its stack trace.
 *
 *   YINJI_OUT_DIR=dist.building-… node scripts/astro-build.mjs
 */
import { build } from 'astro';
import { relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const content = resolve(process.env.YINJI_CONTENT ?? 'content');
// Astro's usage-data notice and its request have no place in an editor's build output.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

// Vite announces a failed bundle ("✗ Build failed in 757ms") before the error itself reaches us; the error
// is what this script prints, so that one line would only be noise above it. Nothing else is dropped.
for (const stream of [process.stdout, process.stderr]) {
  const write = /** @type {(...args: unknown[]) => boolean} */ (stream.write.bind(stream));
  // Colours (ANSI codes) may sit between the words, and the time may be in ms or s.
  /** @param {unknown} chunk */
  const failedBundle = (chunk) => /\[vite\][\s\S]*Build failed in [\d.]+m?s/.test(stripVTControlCharacters(String(chunk)));
  stream.write = /** @type {typeof stream.write} */ ((/** @type {unknown[]} */ ...args) => (failedBundle(args[0]) ? true : write(...args)));
}

try {
  await build({ logLevel: 'warn' });
} catch (error) {
  console.error(describe(error));
  process.exit(1);
}

/**
 * The problem as an editor reads it.
 * @param {unknown} error
 */
function describe(error) {
  const err = error instanceof Error ? error : new Error(String(error));
  // Our own cross-file checks (src/site.ts, src/lib/chapters.ts) already name file, line and field.
  if (err.name === 'ContentError' || /^The content has \d+ problems?:/.test(err.message)) return plain(err.message);
  // The bundler gathers the errors of several files into one.
  const gathered = /** @type {Error & { errors?: unknown }} */ (err).errors;
  /** @type {Error[]} */
  const errors = Array.isArray(gathered) && gathered.length ? gathered : [err];
  const located = errors.map((one) => ({ one, file: locationOf(one) }));
  const inContent = located.flatMap(({ one, file }) => (file && isContent(file.path) ? [{ one, file }] : []));
  if (inContent.length === located.length) {
    const problems = inContent.flatMap(({ one, file }) => {
      /** @type {(line?: number, column?: number) => string} */
      const where = (line, column) => `${show(file.path)}${line ? `:${line}${column ? `:${column}` : ''}` : ''}`;
      // Our own check, thrown while the bundler compiled the chapter (src/lib/markdown.ts, contentOnly): its
      // problems already name file and line, one per line.
      const own = /The content has \d+ problems?:\n((?:\s+- .*(?:\n|$))+)/.exec(plain(one.message));
      if (own?.[1])
        return own[1]
          .trimEnd()
          .split('\n')
          .map((line) => `  - ${line.replace(/^\s+- /, '')}`);
      return [`  - ${where(file.line, file.column)}: ${plain(messageOf(one, file.path))}`];
    });
    return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`;
  }
  // Not the content: a bug in the site's code. The stack is what a developer needs here.
  return `The build failed:\n${located.map(({ one, file }) => `${one.stack ?? one.message}${file ? `\n  at ${show(file.path)}:${file.line ?? 0}` : ''}`).join('\n\n')}`;
}

/**
 * Where a bundler's or compiler's error points, whatever its shape.
 * @param {any} err
 * @returns {{ path: string, line: number | undefined, column: number | undefined } | undefined}
 */
function locationOf(err) {
  const loc = err.loc;
  const path = loc?.file ?? err.id ?? err.filename;
  if (!path) return undefined;
  const clean = String(path)
    .replace(/^file:\/\//, '')
    .replace(/\?.*$/, '');
  return { path: clean.startsWith('/') ? clean : resolve(clean), line: loc?.line || undefined, column: loc?.column || undefined };
}

/** @param {string} path */
function isContent(path) {
  const from = relative(content, path);
  return !from.startsWith('..') && !from.startsWith('/');
}

/**
 * A compiler's message without the file and position that the location already gives.
 * @param {Error} err
 * @param {string} path
 * @returns {string}
 */
function messageOf(err, path) {
  const lines = err.message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    // Compiler messages sometimes repeat the file's path; the line already starts with it.
    .map((line) => line.replace(`${path}: `, '').replace(/^\S+\.(json|mdx|ya?ml):\d+(:\d+)?: /, ''))
    // MDX's messages start and end with the line and column the location already gives.
    .map((line) => line.replace(/^\d+:\d+(-\d+:\d+)?: /, '').replace(/ \(\d+:\d+\)/, ''));
  return lines.join('\n    ');
}

/** @param {string} path */
function show(path) {
  return relative(process.cwd(), path) || path;
}
// Astro colours its messages; an editor's terminal or a CI log may not.
/** @param {string} text */
function plain(text) {
  return stripVTControlCharacters(text).replace(/\*\*([^*]+)\*\*/g, '$1');
}

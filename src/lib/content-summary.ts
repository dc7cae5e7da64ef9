/**
 * What a good build says about chapters that are not what an editor may think: a chapter that a language
 * shows in Chinese because its translation is missing, and a chapter file the site never reads because it
 * is saved as .md. Neither stops the build (a chapter may be published before it is translated); each is
 * one line of the build's summary. Read from the chapter folders' file names (NN-slug.mdx, which the
 * build holds to each chapter's order and slug). Imported by scripts/build.mjs: no imports of its own.
 */
export const summaryMessages = {
  fallback: (lang: string, files: string) => `Shown in Chinese in ${lang} (no translation yet): ${files}`,
  markdownFile: (file: string, renamed: string) => `Not part of the site: ${file} (a chapter is an .mdx file: rename it ${renamed})`,
} as const;

/**
 * `folders` maps each language of the site to the file names in content/chapters/{lang}/ (the source
 * language first); `shown` says how a file is named in the summary.
 */
export function chapterSummary(folders: ReadonlyMap<string, readonly string[]>, source: string, shown: (lang: string, name: string) => string): string[] {
  const lines: string[] = [];
  const originals = (folders.get(source) ?? []).filter((name) => name.endsWith('.mdx'));
  for (const [lang, names] of folders) {
    if (lang === source) continue;
    const missing = originals.filter((name) => !names.includes(name));
    if (missing.length) lines.push(summaryMessages.fallback(lang, missing.map((name) => shown(source, name)).join(', ')));
  }
  for (const [lang, names] of folders) {
    for (const name of names.filter((file) => file.endsWith('.md'))) lines.push(summaryMessages.markdownFile(shown(lang, name), `${name}x`));
  }
  return lines;
}

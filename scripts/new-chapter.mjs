#!/usr/bin/env node
/**
 * `npm run new:chapter`: writes a new chapter in Chinese, Korean and English, ready to be written and
 * built. Asks for what it needs in a terminal; scripts pass flags instead:
 *
 *   npm run new:chapter -- --slug acknowledgements --title-zh 致谢 --title-ko "감사의 말" --title-en Acknowledgements
 *     [--kind epilogue] [--section N] [--short-title-zh …] [--summary-en …] [--content content]
 *
 * The planning (file names, order, frontmatter, which slugs are free) is src/lib/new-chapter.ts, unit-tested.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { parse } from 'yaml';

// src/ is TypeScript with extensionless imports, as the site's build reads it: load it through Vite too.
// (configFile: false: the site's astro config is not needed to plan a chapter.)
const load = async (path) => (await runnerImport(fileURLToPath(new URL(path, import.meta.url)), { configFile: false, logLevel: 'silent' })).module;
const { planNewChapter, slugProblem, defaultKind } = await load('../src/lib/new-chapter.ts');
const { chapterKinds } = await load('../src/lib/chapters.ts');
const { locales } = await load('../src/i18n/locales.ts');

const perLanguage = (name) => Object.fromEntries(locales.map((lang) => [`${name}-${lang}`, { type: 'string' }]));
const { values } = parseArgs({
  options: {
    slug: { type: 'string' },
    kind: { type: 'string' },
    section: { type: 'string' },
    content: { type: 'string', default: process.env.YINJI_CONTENT ?? 'content' },
    ...perLanguage('title'),
    ...perLanguage('short-title'),
    ...perLanguage('summary'),
  },
});

const content = resolve(values.content);
const shown = (path) => relative(process.cwd(), path) || path;
const existing = readExisting(content);
const interactive = process.stdin.isTTY && process.stdout.isTTY;
const prompts = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
// Ctrl+D or Ctrl+C at a prompt: leave without writing anything, and say so.
const ask = prompts && {
  question: (text) =>
    prompts.question(text).catch(() => {
      console.log('\nNo chapter written.');
      process.exit(1);
    }),
  close: () => prompts.close(),
};

const fromFlags = (name) => Object.fromEntries(locales.flatMap((lang) => (values[`${name}-${lang}`] ? [[lang, values[`${name}-${lang}`]]] : [])));
const request = {
  slug: values.slug ?? '',
  kind: values.kind ?? '',
  section: values.section === undefined ? undefined : Number(values.section),
  title: fromFlags('title'),
  shortTitle: fromFlags('short-title'),
  summary: fromFlags('summary'),
};

if (ask) {
  console.log('A new chapter, in Chinese, Korean and English. (Enter keeps the value in brackets.)\n');
  while (!request.slug || slugProblem(request.slug, existing)) {
    if (request.slug) console.log(`  ${slugProblem(request.slug, existing)}`);
    request.slug = (await ask.question('Slug, the chapter’s address in every language (e.g. acknowledgements): ')).trim();
  }
  if (!request.kind) {
    request.kind = (await ask.question(`Kind (${chapterKinds.join(', ')}) [${defaultKind}]: `)).trim() || defaultKind;
  }
  if (request.kind === 'section' && request.section === undefined) {
    request.section = Number((await ask.question('The report’s section number, 1–6: ')).trim());
  }
  const names = { zh: 'Chinese', ko: 'Korean', en: 'English' };
  for (const lang of locales) {
    while (!request.title[lang]?.trim()) request.title[lang] = await ask.question(`Title in ${names[lang]}: `);
  }
  for (const lang of locales) {
    request.shortTitle[lang] ||= (await ask.question(`Short title in ${names[lang]}, for cards and menus [${request.title[lang]}]: `)).trim();
  }
  for (const lang of locales) {
    request.summary[lang] ||= (await ask.question(`One-sentence summary in ${names[lang]} [${request.title[lang]}]: `)).trim();
  }
  ask.close();
}
request.kind ||= defaultKind;

const plan = planNewChapter(request, existing);
if (!plan.ok) {
  console.error(`No chapter written:\n${plan.problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
for (const file of plan.files) {
  const path = join(content, file.path);
  mkdirSync(join(path, '..'), { recursive: true });
  // 'wx': never overwrite a file an editor wrote, even one the plan did not know about.
  writeFileSync(path, file.text, { flag: 'wx' });
}
console.log(`Wrote chapter ${plan.order}, "${request.slug}":\n${plan.files.map((file) => `  ${shown(join(content, file.path))}`).join('\n')}`);
console.log(`\nWrite its text in each file, then preview: npm run dev, and open /zh/${request.slug}/ (docs/EDITING.md).`);

/** The chapters there are, read as the build reads them (a byte-order mark and CRLF line endings are fine). */
function readExisting(root) {
  const chapters = join(root, 'chapters');
  if (!existsSync(chapters)) return [];
  return readdirSync(chapters).flatMap((lang) =>
    readdirSync(join(chapters, lang))
      .filter((name) => name.endsWith('.mdx'))
      .flatMap((name) => {
        const path = join(chapters, lang, name);
        const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
        const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
        let data;
        try {
          data = frontmatter === undefined ? undefined : parse(frontmatter);
        } catch {
          data = undefined;
        }
        // A file whose frontmatter cannot be read still holds its file name's slug.
        const slug = typeof data?.slug === 'string' ? data.slug : name.replace(/^\d+-/, '').replace(/\.mdx$/, '');
        const order = Number.isInteger(data?.order) ? data.order : Number(/^(\d+)-/.exec(name)?.[1] ?? 0);
        return [{ file: shown(path), lang, slug, order, kind: data?.kind, section: data?.section }];
      }),
  );
}

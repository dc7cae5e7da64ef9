#!/usr/bin/env node
// @ts-check
/**
 * `npm run new:chapter`: writes a new chapter in Chinese, Korean and English, ready to be written and
 * built, marked `draft: true` (left out of the build until the editor deletes that line). Asks for what it
 * needs in a terminal, checking each answer as it is given; scripts pass flags instead:
 *
 *   npm run new:chapter -- --slug acknowledgements --title-zh 致谢 --title-ko "감사의 말" --title-en Acknowledgements
 *     [--kind appendix] [--section N] [--short-title-zh …] [--summary-en …] [--content content]
 *
 * The planning and the checks (file names, order, frontmatter, which slugs are free) are
 * src/lib/new-chapter.ts, unit-tested.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { readChapterFiles } from './chapter-files.mjs';
import { loadSrc } from './load-src.mjs';

/** @type {typeof import('../src/lib/new-chapter.ts')} */
const { defaultKind, kindProblem, planNewChapter, sectionProblem, slugProblem, titleProblem } = await loadSrc('lib/new-chapter.ts');
/** @type {typeof import('../src/schemas/chapter.ts')} */
const { chapterKinds } = await loadSrc('schemas/chapter.ts');
/** @type {typeof import('../src/i18n/locales.ts')} */
const { locales } = await loadSrc('i18n/locales.ts');

/** @param {string} name */
const perLanguage = (name) => Object.fromEntries(locales.map((lang) => [`${name}-${lang}`, /** @type {const} */ ({ type: 'string' })]));
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
/** @type {(name: string) => string | undefined} */
const flag = (name) => /** @type {Record<string, string | undefined>} */ (values)[name];

const content = resolve(String(values.content));
const existing = readChapterFiles(content);

/** @param {string} name */
const fromFlags = (name) => Object.fromEntries(locales.flatMap((lang) => (flag(`${name}-${lang}`) ? [[lang, String(flag(`${name}-${lang}`))]] : [])));
/** @type {import('../src/lib/new-chapter.ts').NewChapterRequest & { shortTitle: Record<string, string>, summary: Record<string, string> }} */
const request = {
  slug: values.slug ?? '',
  kind: values.kind ?? '',
  section: values.section === undefined ? undefined : Number(values.section),
  title: fromFlags('title'),
  shortTitle: fromFlags('short-title'),
  summary: fromFlags('summary'),
};

if (process.stdin.isTTY && process.stdout.isTTY) await askInTerminal();
request.kind ||= defaultKind;

const plan = planNewChapter(request, existing);
if (!plan.ok) {
  console.error(`No chapter written:\n${plan.problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
/** @param {string} path */
const shown = (path) => relative(process.cwd(), path) || path;
for (const file of plan.files) {
  const path = join(content, file.path);
  mkdirSync(join(path, '..'), { recursive: true });
  // 'wx': never overwrite a file an editor wrote, even one the plan did not know about.
  writeFileSync(path, file.text, { flag: 'wx' });
}
console.log(`Wrote chapter ${plan.order}, "${request.slug}", as a draft:\n${plan.files.map((file) => `  ${shown(join(content, file.path))}`).join('\n')}`);
console.log(`\nWrite its text in each file, then preview: npm run dev, and open /zh/${request.slug}/ (docs/EDITING.md).`);
console.log('The build leaves it out while its files say draft: true; delete that line to publish it.');

/**
 * Asks for what the flags did not give, one question at a time. Each answer is checked as it is given:
 * a wrong one is asked again with the reason, so no earlier answer is lost.
 */
async function askInTerminal() {
  const prompts = createInterface({ input: process.stdin, output: process.stdout });
  // Ctrl+D or Ctrl+C at a prompt: leave without writing anything, and say so.
  const leave = () => {
    console.log('\nNo chapter written.');
    process.exit(1);
  };
  prompts.on('SIGINT', leave);
  /**
   * @param {string} question
   * @param {(answer: string) => string | undefined} problemOf
   * @param {string} [given] an answer from a flag, asked again only if it is wrong
   */
  const ask = async (question, problemOf, given) => {
    let answer = given;
    let problem = answer === undefined ? undefined : problemOf(answer);
    while (answer === undefined || problem) {
      if (problem) console.log(`  ${problem}`);
      answer = (await prompts.question(question).catch(leave)) ?? '';
      problem = problemOf(answer);
    }
    return answer;
  };
  const names = { zh: 'Chinese', ko: 'Korean', en: 'English' };

  console.log('A new chapter, in Chinese, Korean and English. (Enter keeps the value in brackets.)\n');
  request.slug = await ask(
    'Slug, the chapter’s address in every language (e.g. acknowledgements): ',
    (answer) => slugProblem(answer.trim(), existing),
    values.slug,
  ).then((answer) => answer.trim());
  request.kind = await ask(
    `Kind (${chapterKinds.join(', ')}) [${defaultKind}]: `,
    (answer) => kindProblem(answer.trim() || defaultKind),
    values.kind,
  ).then((answer) => answer.trim() || defaultKind);
  // Another kind with a section number from the flags is refused with the other problems, at the end.
  if (request.kind === 'section') {
    const section = await ask(
      'The report’s section number, 1–6: ',
      (answer) => sectionProblem('section', Number(answer.trim()), existing),
      values.section,
    );
    request.section = Number(section.trim());
  }
  for (const lang of locales) {
    request.title[lang] = await ask(`Title in ${names[lang]}: `, (answer) => titleProblem(lang, answer), request.title[lang]);
  }
  for (const lang of locales) {
    request.shortTitle[lang] ||= (await ask(`Short title in ${names[lang]}, for cards and menus [${request.title[lang]}]: `, () => undefined)).trim();
  }
  for (const lang of locales) {
    request.summary[lang] ||= (await ask(`One-sentence summary in ${names[lang]} [${request.title[lang]}]: `, () => undefined)).trim();
  }
  prompts.close();
}

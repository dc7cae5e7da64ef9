import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkAlignment, checkTranslations } from './alignment';
import { chapterShape } from './chapter-shape';
import { parseChapter } from './chapter-tree';
import { development } from './chapter-shape.fixtures';

const shapeOf = (body: string) => chapterShape(parseChapter(body));
const { zh, en } = development;
const original = { file: 'chapters/zh/03-development.mdx', shape: shapeOf(zh), firstLine: 10 };
const translated = (body: string) => ({ file: 'chapters/en/03-development.mdx', shape: shapeOf(body), firstLine: 10 });
/** A chapter as the content check hands it over: its tree, or none where the MDX does not parse. */
const treeOf = (body: string) => {
  try {
    return parseChapter(body);
  } catch {
    return undefined;
  }
};

describe('a translation pairs with the Chinese original, or the build names what is off', () => {
  it('accepts a translation with the same sections, paragraphs, figures and charts', () => {
    expect(checkAlignment(original, translated(en))).toEqual([]);
  });

  it('names the file, the section and the paragraph that has no translation', () => {
    const missing = en.replace('\nThe third paragraph.\n', '');
    const [problem, ...rest] = checkAlignment(original, translated(missing));
    expect(rest).toEqual([]);
    expect(problem).toContain('chapters/en/03-development.mdx:18:');
    expect(problem).toContain("section 2 “Women's Action for Rural Revitalisation” has 1 paragraph");
    expect(problem).toContain("the original's paragraph p3 (chapters/zh/03-development.mdx:20) has no translation");
  });

  it('names a paragraph split in two', () => {
    const split = en.replace('supporting', '\n\nsupporting');
    const [problem] = checkAlignment(original, translated(split));
    expect(problem).toMatch(
      /section 1 “Her Action” has 2 paragraphs, the Chinese original's \(chapters\/zh\/03-development\.mdx:10\) has 1: paragraph p2 \(chapters\/en\/03-development\.mdx:14\) has no counterpart in the original/,
    );
  });

  it('names a missing section heading, and the section it leaves without a counterpart', () => {
    const merged = en.replace("## Women's Action for Rural Revitalisation\n\n", '');
    const problems = checkAlignment(original, translated(merged));
    expect(problems[0]).toMatch(
      /has 1 section \(## headings\), the Chinese original chapters\/zh\/03-development\.mdx has 2: the original's section 2 “乡村振兴巾帼行动” \(chapters\/zh\/03-development\.mdx:16\) has no counterpart here/,
    );
    expect(problems[1]).toMatch(/section 1 “Her Action” has 3 paragraphs/);
  });

  it('names an extra section', () => {
    const extra = `${en}\n## Our own heading\n\nA paragraph the report does not have.\n`;
    const problems = checkAlignment(original, translated(extra));
    expect(problems[0]).toMatch(/chapters\/en\/03-development\.mdx:2\d: has 3 sections .* section 3 “Our own heading” has no counterpart in the original/);
  });

  it('names a paragraph that cites other figures than its original, as a shifted paragraph would', () => {
    const swapped = en.replace('<Num id="clean-households"/> households', 'Some households');
    const [problem] = checkAlignment(original, translated(swapped));
    expect(problem).toMatch(
      /:18: paragraph p2 of section 2 .* cites no figure, but the original's p2 \(chapters\/zh\/03-development\.mdx:18\) cites clean-households/,
    );
  });

  it('names a chart that stands elsewhere', () => {
    const moved = en.replace('<Chart id="funds"/>\n\n', '') + '\n<Chart id="funds"/>\n';
    const [problem] = checkAlignment(original, translated(moved));
    expect(problem).toContain('charts “funds” after p3; the Chinese original chapters/zh/03-development.mdx has “funds” after p1');
  });

  it('wants a translator’s note on its own, right after the paragraph it explains (where the parallel view sets it)', () => {
    const chapter = (body: string) => ({ file: 'en/family.mdx', lang: 'en', slug: 'family', tree: treeOf(body), firstLine: 10 });
    const body = [
      '<TranslatorNote>Opening.</TranslatorNote>',
      'One.',
      '<TranslatorNote>Fine here.</TranslatorNote>',
      '<TranslatorNote>A second one.</TranslatorNote>',
      '## Two',
      '<TranslatorNote>After a heading.</TranslatorNote>',
      'Two, with <TranslatorNote>a note inside</TranslatorNote>.',
      '<Chart id="funds"/>',
      '<TranslatorNote>After a chart.</TranslatorNote>',
    ].join('\n\n');
    expect(checkTranslations([chapter(body)])).toEqual([
      'en/family.mdx:10: <TranslatorNote> stands on its own right after the paragraph it explains, but it opens the chapter.',
      'en/family.mdx:16: <TranslatorNote> stands on its own right after the paragraph it explains, but it follows another note (one note per paragraph: put both in one).',
      'en/family.mdx:20: <TranslatorNote> stands on its own right after the paragraph it explains, but it follows a heading.',
      'en/family.mdx:22: <TranslatorNote> stands on its own right after the paragraph it explains, but it stands inside another element.',
      'en/family.mdx:26: <TranslatorNote> stands on its own right after the paragraph it explains, but it follows <Chart>.',
    ]);
    expect(checkTranslations([chapter('One.\n\n<TranslatorNote>Fine.</TranslatorNote>\n\nTwo.')])).toEqual([]);
  });

  it('checks each translation against the Chinese chapter of the same slug, and leaves broken MDX to the compiler', () => {
    const chapter = (lang: string, slug: string, body: string) => ({ file: `${lang}/${slug}.mdx`, lang, slug, tree: treeOf(body), firstLine: 10 });
    const problems = checkTranslations([
      chapter('zh', 'development', zh),
      chapter('ko', 'development', en.replace('\nThe third paragraph.\n', '')),
      chapter('en', 'development', en),
      chapter('zh', 'family', '一段。\n\n二段。\n'),
      chapter('en', 'family', 'One.\n'),
      chapter('ko', 'family', '<Chart id="x">'),
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^ko\/development\.mdx:18: section 2 .* p3 \(zh\/development\.mdx:20\) has no translation/);
    expect(problems[1]).toMatch(
      /^en\/family\.mdx:10: the opening \(before the first ## heading\) has 1 paragraph, .* p2 \(zh\/family\.mdx:12\) has no translation/,
    );
  });

  it('holds for every chapter of the report, in Korean and in English', () => {
    const root = join(import.meta.dirname, '../../content/chapters');
    const body = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const name of readdirSync(join(root, 'zh'))) {
      const source = { file: `zh/${name}`, shape: shapeOf(body(join(root, 'zh', name))) };
      expect(source.shape.sections.flatMap((s) => s.paragraphs).length, name).toBeGreaterThan(0);
      for (const lang of ['ko', 'en']) {
        expect(checkAlignment(source, { file: `${lang}/${name}`, shape: shapeOf(body(join(root, lang, name))) })).toEqual([]);
      }
    }
  });
});

import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { fullWidthPunctuation } from './typography';
import { parseChapter } from './chapter-tree';
import { mdxContentProblems } from './mdx-content';
import { ContentError } from './chapters';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Two passes over a chapter's HTML tree, both about keeping the text whole across languages:
 *
 * - Top-level paragraphs are numbered p1, p2, … Translations keep the original's paragraphs one to one,
 *   so the same id names the same paragraph in every language (parallel reading, figure links /en/family/#p2).
 * - A Chinese counting word right after a number (<Num id="x"/>名) moves inside the number's element, so the
 *   line never breaks between 1.5万 and 名 (clreq: a number and its unit stay together).
 */
const countingWord = /^(人次|[场名期个户条所家辆人正副兼挂])/;

export const paragraphIds = defineHastPlugin({
  name: 'yinji-paragraphs',
  element: {
    filter: ['p'],
    visit(node, ctx) {
      if (ctx.parent(node)?.type !== 'root') return;
      const count = ((ctx.data.yinjiParagraphs as number | undefined) ?? 0) + 1;
      ctx.data.yinjiParagraphs = count;
      ctx.setProperty(node, 'id', `p${count}`);
    },
  },
  // A translator's note stands between paragraphs and is none of them: it is told which paragraph it
  // follows (`after="p12"`, p0 before the first), so that the parallel view can set it under that pair.
  mdxJsxFlowElement: {
    filter: ['TranslatorNote'],
    visit(node, ctx) {
      if (ctx.parent(node)?.type !== 'root') return;
      const after = `p${(ctx.data.yinjiParagraphs as number | undefined) ?? 0}`;
      ctx.replaceNode(node, { ...node, attributes: [...node.attributes, { type: 'mdxJsxAttribute', name: 'after', value: after }] });
    },
  },
  mdxJsxTextElement: {
    filter: ['Num'],
    visit(node, ctx) {
      const parent = ctx.parent(node);
      const index = ctx.indexOf(node);
      if (!parent || index === undefined) return;
      const next = parent.children[index + 1];
      if (next?.type !== 'text') return;
      const word = countingWord.exec(next.value)?.[0];
      if (!word) return;
      ctx.replaceNode(next, { type: 'text', value: next.value.slice(word.length) });
      ctx.appendChild(node, { type: 'text', value: word });
    },
  },
});

/** Only Chinese chapters: Korean and English keep their half-width marks, even next to “ ” or 《》. */
export const chinesePunctuation = (context: { fileURL: URL | undefined }) =>
  /\/chapters\/zh\//.test(context.fileURL?.pathname ?? '') && chinesePunctuationPass;

const chinesePunctuationPass = defineHastPlugin({
  name: 'yinji-chinese-punctuation',
  text(node, ctx) {
    const value = fullWidthPunctuation(node.value);
    if (value !== node.value) ctx.replaceNode(node, { type: 'text', value });
  },
});

/**
 * The gate before any chapter becomes code. MDX compiles `{…}` and `import` into JavaScript that runs when
 * the page renders, and the bundler compiles every chapter before the site's own content check (src/site.ts)
 * can run: so the check that a chapter is content (lib/mdx-content.ts) runs here too, on the source, and a
 * chapter that is not is refused with every problem, file and line, before it is compiled, let alone run.
 * Registered as an mdast plugin factory (astro.config.mjs): it adds no pass to the pipeline, only the check.
 */
export function contentOnly(context: PluginFactoryContext): null {
  if (context.sourceFormat !== 'mdx') return null;
  const path = context.fileURL ? fileURLToPath(context.fileURL) : 'a chapter';
  const file = typeof process !== 'undefined' && path.startsWith('/') ? relative(process.cwd(), path) : path;
  let tree;
  try {
    tree = parseChapter(context.source);
  } catch {
    return null; // MDX that does not parse: the compiler reports it with line and column.
  }
  const problems = mdxContentProblems(file, tree);
  if (problems.length) throw new ContentError(problems);
  return null;
}

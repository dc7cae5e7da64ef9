/**
 * What a chapter body (MDX) may contain beyond text: the site's components, written with a capital letter,
 * and a few inline HTML elements. Each check names a mistake that today builds without a word:
 *  - `<num id="…"/>`: MDX takes a lower-case tag for an HTML element, so the number silently vanishes;
 *  - `<Chart2/>`: an unknown component fails deep in Astro with a page URL and "you likely forgot to
 *    import", wrong advice for an editor;
 *  - raw `<script>`, event-handler attributes (`onerror=`) and `javascript:` links reach the page (the
 *    CSP blocks them there; the build should refuse them first).
 * Pure, for the build's content check to call beside checkReferences:
 *
 *   problems.push(...mdxSafetyProblems(file, body, { firstLine }))
 */

import { citingComponents, proseComponents, renamed } from './references';

/** The components chapters may use, and former names that lib/references answers with advice. */
export const chapterComponents: readonly string[] = [...citingComponents, ...proseComponents, ...Object.keys(renamed)];

/**
 * HTML that text may need: a line break, a superscript, a span or quotation marking another language
 * (<span lang="zh-CN">) for the right glyphs, emphasis. Nothing that embeds, runs or styles.
 */
export const inlineHtml = ['span', 'br', 'sup', 'sub', 'em', 'strong', 'b', 'i', 'q', 'cite', 'abbr', 'small', 'mark', 'wbr', 'ruby', 'rt', 'rp'] as const;

export interface MdxSafetyOptions {
  /** The file's line number of the body's first line (the frontmatter comes before it). */
  firstLine?: number;
  components?: readonly string[];
}

const usage = '<Num id="…"/>, <Chart id="…"/>, <KeyFigures chapter="…"/>';

/** Blanks out MDX comments and code, keeping line breaks, so nothing in them is taken for a tag. */
function visible(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, blank)
    .replace(/`[^`\n]*`/g, blank);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function closest(name: string, components: readonly string[]): string | undefined {
  const ranked = components
    .filter((component) => !(component in renamed))
    .map((component) => ({ component, distance: editDistance(name.toLowerCase(), component.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  return best && best.distance <= Math.max(2, Math.floor(best.component.length / 3)) ? best.component : undefined;
}

export function mdxSafetyProblems(file: string, body: string, options: MdxSafetyOptions = {}): string[] {
  const firstLine = options.firstLine ?? 1;
  const components = options.components ?? chapterComponents;
  const text = visible(body);
  const at = (index: number) => `${file}:${text.slice(0, index).split('\n').length + firstLine - 1}`;
  const problems: { index: number; problem: string }[] = [];

  // Tags: <Name …> and </Name>; the attributes run to the first > outside quotes.
  for (const match of text.matchAll(/<\/?([A-Za-z][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const [, name = '', attributes = ''] = match;
    const index = match.index;
    // An autolink (<https://…>) is a link, not a tag; <javascript:…> is caught below. A closing tag's
    // mistake was reported at its opening tag.
    if (/^<[a-z][a-z0-9+.-]*:/i.test(match[0]) || match[0].startsWith('</')) continue;
    const lower = name.toLowerCase();
    if (lower === 'script') {
      problems.push({ index, problem: `<script> is not allowed in a chapter: content runs no code (use ${usage})` });
      continue;
    }
    const component = components.find((known) => known.toLowerCase() === lower);
    if (component && name !== component) {
      problems.push({ index, problem: `<${name}> is written in lower case: components start with a capital letter, <${component} …/>; as written the ${component === 'Num' ? 'number' : 'component'} would vanish from the page` });
    } else if (!component && /^[A-Z]/.test(name)) {
      const suggestion = closest(name, components);
      problems.push({
        index,
        problem: `<${name}> is not a component of the site.${suggestion ? ` Did you mean <${suggestion}>?` : ''} Chapters use ${usage}`,
      });
    } else if (!component && !(inlineHtml as readonly string[]).includes(lower)) {
      problems.push({ index, problem: `<${name}> is not allowed in a chapter: write text, ${usage}, and only inline HTML (${inlineHtml.join(', ')})` });
    }
    for (const handler of attributes.matchAll(/(?:^|\s)(on[a-z]+)\s*=/gi)) {
      problems.push({ index, problem: `${handler[1]}= is not allowed: content carries no event handlers (a chapter is text, figures and charts)` });
    }
    if (/=\s*["']?\s*javascript:/i.test(attributes)) {
      problems.push({ index, problem: 'a javascript: link is not allowed: a link goes to an http(s) address or a page of the site' });
    }
  }
  // Markdown links and autolinks: [text](javascript:…), <javascript:…>.
  for (const match of text.matchAll(/\]\(\s*<?\s*javascript:|<javascript:/gi)) {
    problems.push({ index: match.index, problem: 'a javascript: link is not allowed: a link goes to an http(s) address or a page of the site' });
  }
  return problems.sort((a, b) => a.index - b.index).map(({ index, problem }) => `${at(index)}: ${problem}`);
}

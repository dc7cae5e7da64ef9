/**
 * A chapter is content, never code: Markdown, the site's own components with literal attribute values,
 * a few inline HTML elements and MDX comments. Everything else MDX can do is refused by allowlist, with
 * the file, the line and what to write instead: `import`/`export` and `{…}` expressions run JavaScript when
 * the site is built; `set:html`, `<meta>`, `<script>`, event handlers and `javascript:` links put another
 * site's code or a redirect in front of readers; a lower-case `<num>` or an unknown `<Chart2>` would
 * vanish or fail deep inside Astro. A `# ` heading would be a second title, and an image comes from the
 * chapter's folder, never from another site. The chapter loader runs this on each file (lib/chapter-file.ts,
 * with `imageExists`), so a chapter's problems come with every other file's; the bundler's gate
 * (lib/markdown.ts's contentOnly) and lib/content-checks.ts run it again on what reaches them.
 */
import { editDistance } from './edit-distance';
import { isComment, isElement, lineOf, nodesOf, type ChapterNode } from './chapter-tree';
import { citingComponents, proseComponents, renamed } from './references';
import { messages } from './messages';

/** The components chapters may use, and former names that lib/references answers with advice. */
const chapterComponents: readonly string[] = [...citingComponents, ...proseComponents, ...Object.keys(renamed)];

/**
 * HTML that text may need: a line break, a superscript, a span or quotation marking another language
 * (<span lang="zh-CN">) for the right glyphs, emphasis. Nothing that embeds, runs, styles or links.
 */
const inlineHtml = ['span', 'br', 'sup', 'sub', 'em', 'strong', 'b', 'i', 'q', 'cite', 'abbr', 'small', 'mark', 'wbr', 'ruby', 'rt', 'rp'] as const;

/** Attributes that hold an address, in any element. */
const addressAttributes = new Set(['href', 'src', 'srcset', 'xlink:href', 'action', 'formaction', 'poster', 'cite', 'background', 'data', 'ping']);
const allowedSchemes = new Set(['http', 'https', 'mailto']);

/** Character references as a browser decodes them, in a value the parser may have left encoded. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n', nbsp: ' ' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return named[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** An address's scheme as a browser reads it (entities decoded, whitespace and control characters dropped); undefined for a relative address. */
export function schemeOf(address: string): string | undefined {
  let text = address;
  // Decoding twice also unmasks `&amp;#106;avascript:`; a real address has no reason to look like that.
  for (let i = 0; i < 2; i++) text = decodeEntities(text);
  // eslint-disable-next-line no-control-regex -- control characters are what this removes: browsers skip them inside a scheme.
  text = text.replace(/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200d\ufeff]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
}

/** An address on another site: http(s), or protocol-relative (`//host/…`). */
const isRemote = (address: string) => {
  const scheme = schemeOf(address);
  return scheme === 'http' || scheme === 'https' || (scheme === undefined && /^[/\\]{2}/.test(address.trim()));
};

function closest(name: string, components: readonly string[]): string | undefined {
  const ranked = components
    .filter((component) => !(component in renamed))
    .map((component) => ({ component, distance: editDistance(name.toLowerCase(), component.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  return best && best.distance <= Math.max(2, Math.floor(best.component.length / 3)) ? best.component : undefined;
}

/** What an element may not be or carry: its name, then its attributes one by one. */
function elementProblems(node: ChapterNode, components: readonly string[]): string[] {
  const problems: string[] = [];
  const name = node.name ?? '';
  const lower = name.toLowerCase();
  const component = components.find((known) => known.toLowerCase() === lower);
  if (!name) {
    problems.push(messages.fragment());
  } else if (lower === 'script') {
    problems.push(messages.script());
  } else if (component && name !== component) {
    problems.push(messages.lowerCase(name, component, component === 'Num' ? 'number' : 'component'));
  } else if (!component && /^[A-Z]/.test(name)) {
    const suggestion = closest(name, components);
    problems.push(suggestion ? messages.unknownComponent(name, suggestion) : messages.notAComponent(name));
  } else if (!component && !(inlineHtml as readonly string[]).includes(lower)) {
    problems.push(messages.notInline(name, inlineHtml.join(', ')));
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(messages.spread(name));
      continue;
    }
    const key = attribute.name ?? '';
    if (/^on/i.test(key)) {
      problems.push(messages.eventHandler(key));
    } else if (key.toLowerCase() === 'style') {
      problems.push(messages.style());
    } else if (/^(set|is|client|server|transition|define):/i.test(key)) {
      problems.push(messages.directive(key));
    } else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      problems.push(messages.braceValue(name, key));
    } else if (typeof attribute.value === 'string' && addressAttributes.has(key.toLowerCase())) {
      const scheme = schemeOf(attribute.value);
      if (scheme !== undefined && !allowedSchemes.has(scheme)) problems.push(messages.link(scheme));
      else if (key.toLowerCase() !== 'href' && key.toLowerCase() !== 'cite' && isRemote(attribute.value))
        problems.push(messages.remoteImage(attribute.value));
    }
  }
  return problems;
}

export interface MdxContentOptions {
  /** The file's line number of the tree's first line (1 when the tree was parsed with its frontmatter). */
  firstLine?: number;
  components?: readonly string[];
  /** Whether an image's address, relative to the chapter's folder, names a file; unchecked when not given. */
  imageExists?: (relative: string) => boolean;
}

/**
 * Everything in a chapter's tree that is not content, one line per problem: `file:line: what, and what to
 * write instead`. Empty for a chapter of text, figures and charts.
 */
export function mdxContentProblems(file: string, tree: ChapterNode, options: MdxContentOptions = {}): string[] {
  const firstLine = options.firstLine ?? 1;
  const components = options.components ?? chapterComponents;
  const problems: string[] = [];
  for (const node of nodesOf(tree)) {
    const at = `${file}:${lineOf(node) + firstLine - 1}`;
    const found: string[] = [];
    if (node.type === 'mdxjsEsm') {
      // Consecutive statements are one node: each is named at its own line.
      (node.value ?? '').split('\n').forEach((code, offset) => {
        const word = /^\s*(import|export)\b/.exec(code)?.[1];
        if (word) problems.push(`${file}:${lineOf(node) + offset + firstLine - 1}: ${messages.importExport(word)}`);
      });
    } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node.value ?? '')) {
      found.push(messages.expression(abridged(node.value ?? '')));
    } else if (isElement(node)) {
      found.push(...elementProblems(node, components));
    } else if (node.type === 'link' || node.type === 'definition') {
      const scheme = schemeOf(node.url ?? '');
      if (scheme !== undefined && !allowedSchemes.has(scheme)) found.push(messages.link(scheme));
    } else if (node.type === 'heading' && node.depth === 1) {
      // The page's one <h1> is the frontmatter's title.
      found.push(messages.secondTitle());
    } else if (node.type === 'image') {
      // Images come from the chapter's folder: the site loads nothing from another origin, the kiosk is offline.
      const url = node.url ?? '';
      const scheme = schemeOf(url);
      if (scheme !== undefined && !allowedSchemes.has(scheme)) found.push(messages.link(scheme));
      else if (isRemote(url)) found.push(messages.remoteImage(url));
      else if (scheme === undefined && options.imageExists && !options.imageExists(url)) found.push(messages.missingImage(url));
    }
    problems.push(...found.map((problem) => `${at}: ${problem}`));
  }
  return problems;
}

/** An expression as a message quotes it: one line, not too long. */
const abridged = (code: string) => {
  const line = code.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
};

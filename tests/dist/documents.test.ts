import { describe, expect, it as test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

/**
 * Every built page is one well-formed document as a strict parser reads it (parse5, the HTML standard's
 * algorithm, which vnu and browsers share): no parse error, nothing after </html>, and every script
 * inside <head> or <body>. A browser forgives a script written after </html> by moving it into the body;
 * a strict checker gives up there, and html-validate does not notice, so this test reads the source
 * positions the parser reports instead of the tree it repairs.
 */
type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const dist = join(import.meta.dirname, '..', '..', 'dist');

/** What is wrong with a page as a document, in words; empty when nothing is. */
function documentProblems(html: string): string[] {
  const problems: string[] = [];
  const document = parse(html, {
    sourceCodeLocationInfo: true,
    onParseError: (error) => problems.push(`parse error ${error.code} at line ${error.startLine}, column ${error.startCol}`),
  });
  const root = document.childNodes.find((node): node is Element => node.nodeName === 'html');
  const end = root?.sourceCodeLocation?.endTag;
  if (!root || !end) return [...problems, 'no <html> element closed by </html>'];
  const after = html.slice(end.endOffset).replace(/<!--[\s\S]*?-->/g, '').trim();
  if (after) problems.push(`after </html>: ${after.slice(0, 120)}`);

  // Where <head> and <body> stand in the source (between their tags; an omitted end tag ends at </html>).
  const spans = root.childNodes
    .filter((node): node is Element => node.nodeName === 'head' || node.nodeName === 'body')
    .map(({ sourceCodeLocation: at }) => ({
      from: at?.startTag?.endOffset ?? at?.startOffset ?? 0,
      to: at?.endTag?.startOffset ?? end.startOffset,
    }));
  for (const script of elements(root, 'script')) {
    const at = script.sourceCodeLocation?.startOffset ?? -1;
    if (!spans.some(({ from, to }) => at >= from && at < to)) {
      problems.push(`a <script> outside <head> and <body>: ${html.slice(at, at + 120)}`);
    }
  }
  return problems;
}

function elements(node: Node, name: string): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  const found = children.filter((child): child is Element => child.nodeName === name);
  const template = node.nodeName === 'template' ? [(node as DefaultTreeAdapterMap['template']).content] : [];
  return [...found, ...[...children, ...template].flatMap((child) => elements(child, name))];
}

describe('the checker itself', () => {
  const page = (inside: string, outside = '') =>
    `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${inside}</body></html>${outside}`;

  test('accepts a page with its scripts inside the document', () => {
    expect(documentProblems(page('<p>text</p><script type="module" src="/a.js"></script>'))).toEqual([]);
  });

  test('refuses a script written after </html>, as 78 pages were built', () => {
    expect(documentProblems(page('<p>text</p>', '<script type="module" src="/a.js"></script>'))).toEqual([
      'after </html>: <script type="module" src="/a.js"></script>',
      'a <script> outside <head> and <body>: <script type="module" src="/a.js"></script>',
    ]);
  });

  test('refuses a script between </body> and </html>', () => {
    const html = '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body></body><script src="/a.js"></script></html>';
    expect(documentProblems(html)).toEqual(['a <script> outside <head> and <body>: <script src="/a.js"></script></html>']);
  });

  test('names a parse error', () => {
    expect(documentProblems(page('<p class="a" class="b">text</p>'))).toEqual(['parse error duplicate-attribute at line 1, column 85']);
  });
});

describe('every built page', () => {
  const pages = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html'))
    .sort();

  test('there are pages to check (build first: npm run build)', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  test.each(pages)('%s is one document, every script inside it', (file) => {
    expect(documentProblems(readFileSync(join(dist, file), 'utf8'))).toEqual([]);
  });
});

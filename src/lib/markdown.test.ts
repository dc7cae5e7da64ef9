import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { chinesePunctuation, contentOnly, paragraphIds } from './markdown';

const zhFile = { fileURL: new URL('file:///site/content/chapters/zh/03-development.mdx') };
const enFile = { fileURL: new URL('file:///site/content/chapters/en/03-development.mdx') };

describe('chapter text, as the Markdown pipeline shapes it', () => {
  it('numbers the top-level paragraphs p1, p2 … the same way in every language', () => {
    const { html } = markdownToHtml('## 最美家庭\n\n第一段。\n\n> 引文\n\n第二段。', { hastPlugins: [paragraphIds] });
    expect(html).toContain('<p id="p1">第一段。</p>');
    expect(html).toContain('<p id="p2">第二段。</p>');
    expect(html).toContain('<blockquote>\n<p>引文</p>');
  });

  it('keeps a Chinese counting word with its number', () => {
    const { code } = mdxToJs('带动扶持<Num id="women-supported"/>名妇女创业就业。', { hastPlugins: [paragraphIds] });
    // The 名 is now the child of <Num>, and the sentence goes on with 妇女.
    expect(code).toMatch(/_jsx\(Num, \{\s*id: "women-supported",\s*children: "名"\s*\}\)/);
    expect(code).toContain('"妇女创业就业。"');
  });

  it('tells a translator’s note which paragraph it follows, and counts it as none', () => {
    const source = '<TranslatorNote>Before any paragraph.</TranslatorNote>\n\nFirst.\n\nSecond.\n\n<TranslatorNote>A note.</TranslatorNote>\n\nThird.';
    const { code } = mdxToJs(source, { hastPlugins: [paragraphIds] });
    expect(code).toMatch(/_jsx\(TranslatorNote, \{\s*after: "p0",\s*children: "Before any paragraph."/);
    expect(code).toMatch(/_jsx\(TranslatorNote, \{\s*after: "p2",\s*children: "A note."/);
    expect(code).toContain('id: "p3"');
  });

  it('sets punctuation full-width in Chinese chapters only', () => {
    const zhPass = chinesePunctuation(zhFile);
    expect(zhPass).toBeTruthy();
    expect(chinesePunctuation(enFile)).toBe(false);
    const { html } = markdownToHtml('五年来,州委州政府高度重视', { hastPlugins: [zhPass || []] });
    expect(html).toContain('五年来，州委州政府');
  });
});

describe('the gate before a chapter is compiled', () => {
  const compile = (source: string) =>
    mdxToJs(source, { fileURL: new URL(`file://${process.cwd()}/content/chapters/en/04-family.mdx`), mdastPlugins: [contentOnly] });

  it('refuses a chapter that is not content, with every problem at its line of the file', () => {
    const source = "---\ntitle: x\n---\nimport fs from 'node:fs'\n\nHome: {process.env.HOME}\n";
    expect(() => compile(source)).toThrow(
      /^The content has 2 problems:\n {2}- content\/chapters\/en\/04-family\.mdx:4: import is not allowed in a chapter[^\n]*\n {2}- content\/chapters\/en\/04-family\.mdx:6: \{process\.env\.HOME\} is not allowed in a chapter/,
    );
  });

  it('lets content through unchanged, and leaves broken MDX to the compiler’s own message', () => {
    const { code } = compile('---\ntitle: x\n---\nText with <Num id="x"/> and {/* a comment */}.\n');
    expect(code).toContain('"x"');
    expect(() => compile('<Chart id="x">')).toThrow(/Expected a closing tag for `<Chart>`/);
  });
});

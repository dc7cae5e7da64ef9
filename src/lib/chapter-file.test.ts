import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkChapterFile } from './chapter-file';
import { closestField } from './schema-problems';

const file = 'content/chapters/zh/09-thanks.mdx';
const good = ['---', 'slug: thanks', 'order: 9', 'kind: appendix', 'title: 致谢', 'shortTitle: 致谢', 'summary: 感谢。', '---', '', '谢谢。', ''];

/** Checks a file as the loader does; the frontmatter is read with the `yaml` package, errors at the file's line. */
function check(lines: readonly string[], { bytes, images = [] }: { bytes?: Uint8Array; images?: string[] } = {}) {
  const text = lines.join('\n');
  const end = lines.indexOf('---', 1);
  let frontmatter: Parameters<typeof checkChapterFile>[2];
  try {
    frontmatter = { data: end > 0 ? parse(lines.slice(1, end).join('\n')) : {} };
  } catch (error) {
    const { linePos, message } = error as { linePos?: { line: number }[]; message: string };
    frontmatter = { yamlError: { line: (linePos?.[0]?.line ?? 0) + 1, reason: message } };
  }
  return checkChapterFile(file, bytes ?? new TextEncoder().encode(text), frontmatter, (image) => images.includes(image)).problems;
}
const replace = (from: string, to: string) => good.map((line) => (line === from ? to : line));

describe('one chapter file, as an editor saved it', () => {
  it('a good file has no problems', () => {
    expect(check(good)).toEqual([]);
  });

  it('a numeric title says that the field wants text and how to quote it', () => {
    expect(check(replace('title: 致谢', 'title: 2019'))).toEqual([
      `${file}:5: title: expected text, but 2019 is read as a number: put it in double quotes, title: "2019"`,
    ]);
  });

  it('a misspelt field is named at its line, with the field it most likely meant', () => {
    expect(check(replace('shortTitle: 致谢', 'shorttitle: 致谢'))).toEqual([
      `${file}:6: "shorttitle" is not a field of a chapter; did you mean "shortTitle"? (the fields are: slug, order, kind, section, title, shortTitle, summary, draft)`,
    ]);
    expect(check(good.filter((line) => !line.startsWith('summary')))).toEqual([`${file}: summary: missing; this field is required`]);
    expect(closestField('titel', ['title', 'summary'])).toBe('title');
    expect(closestField('sumary', ['title', 'summary'])).toBe('summary');
  });

  it('a colon in a title is explained in words, with the quoted line to write', () => {
    expect(check(replace('title: 致谢', 'title: 第一章: 规划'))).toEqual([
      `${file}:5: title: the text has a colon followed by a space, which YAML reads as the start of another field: put the whole text in double quotes, title: "第一章: 规划"`,
    ]);
  });

  it('any other YAML mistake names its line and asks to look at the quotation marks', () => {
    const text = replace('title: 致谢', 'title: "致谢').join('\n');
    const yamlError = { line: 6, reason: 'unexpected end of the stream within a double quoted scalar' };
    expect(checkChapterFile(file, new TextEncoder().encode(text), { yamlError }, () => true).problems).toEqual([
      `${file}:6: the frontmatter cannot be read (unexpected end of the stream within a double quoted scalar): check the quotation marks and the indentation on this line and the line before`,
    ]);
  });

  it('a frontmatter never closed, or missing, is explained in words', () => {
    expect(check(good.filter((line, i) => !(line === '---' && i > 0)))).toEqual([
      `${file}:1: the frontmatter that starts with --- on line 1 is never closed: add a line with only --- after the last field (summary: …), before the text`,
    ]);
    expect(check(good.slice(8))).toEqual([
      `${file}:1: a chapter starts with its frontmatter: a line ---, the fields (slug, order, kind, title, shortTitle, summary), and a line ---`,
    ]);
  });

  it('a file that is not UTF-8 says so, and how to save it', () => {
    // 致谢 in GBK, the encoding a Chinese Windows editor may choose.
    const gbk = new Uint8Array([...new TextEncoder().encode('---\ntitle: '), 0xd6, 0xc2, 0xd0, 0xbb, 0x0a]);
    expect(check(good, { bytes: gbk })).toEqual([
      `${file}: this file is not saved as UTF-8, so its text cannot be read: open it in your editor and save it again with the encoding "UTF-8" (in Notepad: Save as, then Encoding: UTF-8)`,
    ]);
  });

  it('a "# " heading is refused at its line: the page has one title', () => {
    expect(check([...good, '# 第二个标题', '', '正文。'])).toEqual([
      `${file}:12: a "# " heading would be a second title on the page (the title is the frontmatter's title): write "## " for a heading in a chapter`,
    ]);
    expect(check([...good, '## 小标题', '', '#不是标题'])).toEqual([]);
  });

  it('an image is refused at the chapter’s line when it is missing or on another site', () => {
    expect(
      check([...good, '![合影](./photo.jpg)', '', '![合影](./missing.jpg)', '', '见图 ![远程](https://example.com/a.png)'], { images: ['./photo.jpg'] }),
    ).toEqual([
      `${file}:14: the image ./missing.jpg is not there: an image's address is relative to the chapter's folder; check the file's name and folder`,
      `${file}:16: the image https://example.com/a.png is on another site, and the site loads nothing from elsewhere (the kiosk is offline): save the image beside the chapter and write ![what it shows](./name.png)`,
    ]);
  });

  it('the body as the site’s parser cut it (from the closing --- on) is read at the same lines', () => {
    const lines = [...good, '# 第二个标题', '', '![合影](./missing.jpg)'];
    const text = lines.join('\n');
    const body = text.slice(text.indexOf('\n---') + 4);
    expect(checkChapterFile(file, new TextEncoder().encode(text), { data: parse(lines.slice(1, 7).join('\n')), body }, () => false).problems).toEqual([
      `${file}:12: a "# " heading would be a second title on the page (the title is the frontmatter's title): write "## " for a heading in a chapter`,
      `${file}:14: the image ./missing.jpg is not there: an image's address is relative to the chapter's folder; check the file's name and folder`,
    ]);
  });

  it('MDX that does not parse is named in the parser’s words at the file’s line and column (a half-written save)', () => {
    expect(check([...good.slice(0, -1), '', '<Chart id="plan'])).toEqual([
      `${file}:12:1: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`) (mdx-jsx:unexpected-character)`,
    ]);
  });

  it('every field problem of a file comes at once, each at its line', () => {
    const problems = check(good.map((line) => line.replace('order: 9', 'order: nine').replace('summary: 感谢。', 'summary: ')));
    expect(problems).toEqual([
      `${file}:3: order: expected a whole number: 0 for the prologue, 1–6 for the sections, 7 for the epilogue, 8 and on for an appendix`,
      `${file}:7: summary: must not be empty`,
    ]);
  });
});

/**
 * A chapter is content, never code. What once ran on the build machine and reached the page (its home
 * folder, its host name, a redirect to another site) is refused by a real build, with every problem named
 * by file and line, before any chapter is compiled: nothing in it runs, and the last good site stays.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWith, edit } from './builds';

const braces =
  'is not allowed in a chapter: braces run JavaScript. Write the text itself, a figure as <Num id="…"/>, a comment as {/* … */}, a brace as \\{';

describe('a chapter that runs code or writes its own HTML is refused before it runs', () => {
  it('an expression, an import and set:html in three chapters: all named, none executed', () => {
    const witness = join(tmpdir(), `yinji-chapter-ran-${process.pid}`);
    rmSync(witness, { force: true });
    const run = (what: string) => `(() => { process.getBuiltinModule('fs').writeFileSync('${witness}', '${what}') })()`;
    const result = buildWith('code', (content) => {
      // After the first paragraph's first line: a place every chapter has.
      const afterFirstParagraph = (text: string, addition: string) => text.replace(/(\n---\n[\s\S]*?\n\n(?![#<{])[^\n]+)/, `$1${addition}`);
      edit(join(content, 'chapters/en/04-family.mdx'), (text) => afterFirstParagraph(text, ` Home: {process.env.HOME} {${run('expression')}}`));
      edit(join(content, 'chapters/ko/04-family.mdx'), (text) =>
        text.replace(/\n---\n/, `\n---\nimport { readFileSync } from 'node:fs'\nexport const ran = ${run('import')}\n\n`),
      );
      edit(join(content, 'chapters/zh/04-family.mdx'), (text) =>
        afterFirstParagraph(text, '<span set:html="<meta http-equiv=&quot;refresh&quot; content=&quot;0;url=https://example.com&quot;>">!</span>'),
      );
    });
    expect(result.status).not.toBe(0);
    const lines = result.output.trim().split('\n');
    expect(lines[0]).toBe('The content has 5 problems:');
    expect(
      lines.slice(1, 6).every((line) => line.startsWith('  - ')),
      result.output,
    ).toBe(true);
    const at = (lang: string) => `content-broken-code/chapters/${lang}/04-family.mdx`;
    expect(result.output).toMatch(new RegExp(`${at('en')}:\\d+: \\{process\\.env\\.HOME\\} ${escape(braces)}`));
    expect(result.output).toMatch(new RegExp(`${at('en')}:\\d+: \\{\\(\\(\\) => \\{ process\\.getBuiltinModule\\('fs'\\)…\\} ${escape(braces)}`));
    expect(result.output).toMatch(
      new RegExp(`${at('ko')}:(\\d+): import is not allowed in a chapter: a chapter is text, not code, and the site's components need no import\\.`),
    );
    expect(result.output).toMatch(new RegExp(`${at('ko')}:\\d+: export is not allowed in a chapter`));
    expect(result.output).toMatch(
      new RegExp(
        `${at('zh')}:\\d+: set:html is not allowed in a chapter: Astro's directives put raw HTML or code on the page\\. Write the text in Markdown`,
      ),
    );
    expect(existsSync(witness), 'the chapter’s code ran during the build').toBe(false);
    expect(result.output).not.toContain(process.env.HOME ?? '/root');
    expect(result.index).toBe('the last good site');
  }, 300_000);
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The editors' guide explains every message the content checks can give: each message of the catalogue
 * (src/lib/messages.ts, and the build summary's in src/lib/content-summary.ts), with "…" for the parts that
 * change, is quoted word for word in docs/EDITING.md and docs/EDITING.en.md.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../src/lib/messages';
import { summaryMessages } from '../src/lib/content-summary';
import { formatQuantity, type Quantity } from '../src/lib/numbers';
import { locales } from '../src/i18n/locales';

const guides = ['docs/EDITING.md', 'docs/EDITING.en.md'].map((file) => ({ file, text: readFileSync(join(import.meta.dirname, '..', file), 'utf8') }));
/** A message as the guide quotes it: each part that changes from file to file written "…". */
const quoted = (template: (...parts: never[]) => string) =>
  Reflect.apply(
    template,
    undefined,
    Array.from({ length: template.length }, () => '…'),
  ) as string;
const catalogue = Object.entries({ ...messages, ...summaryMessages }).map(([name, template]) => ({ name, text: quoted(template) }));

describe('the editors’ guide has every message', () => {
  it.each(guides)('$file quotes each message of the content checks', ({ text }) => {
    const missing = catalogue.filter((message) => !text.includes(message.text));
    expect(missing, 'add these to the guide’s table of messages, as written here').toEqual([]);
  });

  it.each(guides)('$file prints no table twice', ({ text }) => {
    const rows = text.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows.filter((row, i) => rows.indexOf(row) !== i)).toEqual([]);
  });
});

describe('the guide shows numbers as the site prints them', () => {
  // The table under <Num>: exact, more than (余), money, percent.
  const examples: Quantity[] = [
    { value: 3795, unit: 'people', qualifier: 'exact' },
    { value: 800, unit: 'people', qualifier: 'more-than' },
    { value: 650000000, unit: 'yuan', qualifier: 'exact' },
    { value: 50, unit: 'percent', qualifier: 'exact' },
  ];
  it.each(guides)('$file', ({ text }) => {
    for (const lang of locales) {
      const row = `| ${lang} | ${examples.map((quantity) => `\`${formatQuantity(quantity, lang)}\``).join(' | ')} |`;
      expect(text).toContain(row);
    }
  });
});

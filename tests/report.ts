import { readFileSync } from 'node:fs';
import { reportFile } from './content-files';

/**
 * The one correction the site makes to the report's text: an opening quotation mark the source drops
 * (国家和省级最美家庭”64户). Everything else is compared character for character.
 */
export const sourceFixes: [string, string][] = [['国家和省级最美家庭”', '国家和省级“最美家庭”']];

export function readReport() {
  const fixed = sourceFixes.reduce((text, [wrong, right]) => text.replace(wrong, right), readFileSync(reportFile, 'utf8'));
  const lines = fixed
    .split('\n')
    .map((line) => line.replace(/\u00a0/g, ' ').trim())
    .filter(Boolean);
  // The first four lines are the original web page's chrome: banner, title, subtitle, source and date.
  const [banner = '', title = '', subtitle = '', sourceLine = ''] = lines;
  return { text: fixed, banner, title, subtitle, sourceLine, blocks: lines.slice(4) };
}

import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJsonRecord } from '../lib/json-records';

/**
 * Content files are read as editors save them: a JSON record with a byte-order mark loads, and a JSON
 * syntax error names the file, the line and what to do (src/lib/json-records.ts). Astro's own reader for
 * .json refuses the mark as an invisible "Unexpected token" and reports a trailing comma one line late.
 * A data entry type registered by an integration takes the place of the built-in one for its extension.
 */
export function contentFiles(): AstroIntegration {
  return {
    name: 'yinji-content-files',
    hooks: {
      'astro:config:setup': (options) => {
        // Not in Astro's public types yet, but passed to every integration (astro/dist/integrations/hooks.js).
        const { addDataEntryType } = options as unknown as {
          addDataEntryType: (type: {
            extensions: string[];
            getEntryInfo: (input: { contents: string; fileUrl: URL }) => { data: Record<string, unknown> };
          }) => void;
        };
        addDataEntryType({
          extensions: ['.json'],
          getEntryInfo({ contents, fileUrl }) {
            const file = fileURLToPath(fileUrl);
            const data = parseJsonRecord(contents, file, relative(process.cwd(), file));
            if (data === null || typeof data !== 'object' || Array.isArray(data)) {
              throw new Error(`${relative(process.cwd(), file)}: expected a record: { "id": …, … }`);
            }
            return { data: data as Record<string, unknown> };
          },
        });
      },
    },
  };
}

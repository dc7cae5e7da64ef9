/**
 * Reads a JSON record as an editor saves it. Windows editors (Notepad among them) may save UTF-8 with a
 * byte-order mark, an invisible character JSON does not allow: it is dropped, as every text editor does.
 * A syntax error is reported at the editor's line and column, with what to do: JSON.parse reports a
 * trailing comma where it notices it (the next line's "}"), one line past the comma itself.
 */
import { messages } from './messages';

export class JsonRecordError extends Error {
  constructor(
    public file: string,
    public line: number,
    public column: number,
    public problem: string,
    /** How the message names the file (relative to the checkout); `file` stays as given, for tools. */
    shown: string = file,
  ) {
    super(`${shown}:${line}:${column}: ${problem}`);
    this.name = 'JsonRecordError';
  }
  /** Where Astro and Vite look for the place of an error (the dev server's overlay shows it). */
  get loc() {
    return { file: this.file, line: this.line, column: this.column };
  }
}

/** UTF-8's byte-order mark, as a string decoded from UTF-8 starts with it. */
const bom = '\uFEFF';

export function stripBom(text: string): string {
  return text.startsWith(bom) ? text.slice(1) : text;
}

/** Line and column (both from 1) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses one record; throws JsonRecordError with the line and what is expected. */
export function parseJsonRecord(text: string, file: string, shown: string = file): unknown {
  const json = stripBom(text);
  try {
    return JSON.parse(json);
  } catch (error) {
    throw explain(json, file, shown, error instanceof Error ? error.message : String(error));
  }
}

function explain(json: string, file: string, shown: string, message: string): JsonRecordError {
  const trailing = trailingComma(json);
  if (trailing !== undefined) {
    const { line, column } = lineAndColumn(json, trailing);
    return new JsonRecordError(file, line, column, messages.commaAfterLast(), shown);
  }
  const offset = offsetOf(json, message);
  const { line, column } = offset === undefined ? { line: 1, column: 1 } : lineAndColumn(json, offset);
  // Node's message ends in its own position ("… at position 123 (line 8 column 1)"): ours is in front.
  const what = message.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/^Unexpected token '(.)', ".*$/s, "unexpected '$1'");
  const problem = /Unterminated string|Bad control character/.test(message)
    ? messages.notJsonOpenText(what)
    : /Expected ',' or '[}\]]'|Expected double-quoted property name/.test(message)
      ? messages.notJsonMissingComma(what)
      : messages.notJson(what);
  return new JsonRecordError(file, line, column, problem, shown);
}

function offsetOf(json: string, message: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    const lines = json.split('\n').slice(0, Number(lineColumn[1]) - 1);
    return lines.reduce((sum, line) => sum + line.length + 1, 0) + Number(lineColumn[2]) - 1;
  }
  if (/Unexpected end of JSON input/.test(message)) return json.length;
  return undefined;
}

/** The offset of a comma followed, outside strings, only by blanks and then } or ]. */
export function trailingComma(json: string): number | undefined {
  let inString = false;
  let lastComma: number | undefined;
  for (let i = 0; i < json.length; i++) {
    const char = json[i]!;
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      lastComma = undefined;
    } else if (char === ',') lastComma = i;
    else if ((char === '}' || char === ']') && lastComma !== undefined) return lastComma;
    else if (!/\s/.test(char)) lastComma = undefined;
  }
  return undefined;
}

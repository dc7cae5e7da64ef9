/**
 * Where a content problem is, from its message ("content/chapters/ko/03-development.mdx:15: …"), so that an
 * error can carry it as `loc`: Astro's dev overlay then shows that file around that line (with "Open in
 * editor") instead of the line of site code that threw, and the terminal names the file, not a stack.
 */
export interface ProblemLocation {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

const located = /^(.+?\.(?:mdx|md|json|ya?ml))(?::(\d+))?(?::(\d+))?: /;

/** A path made absolute against a folder (messages name files relative to the checkout; tools want them whole). */
export function absolutePath(file: string, from: string): string {
  if (file.startsWith('/')) return file;
  const parts: string[] = [];
  for (const part of `${from}/${file}`.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return `/${parts.join('/')}`;
}

export function locationOf(problem: string): ProblemLocation | undefined {
  const match = located.exec(problem);
  if (!match) return undefined;
  const [, file = '', line, column] = match;
  // Astro shows a location only with both line and column: a line alone means its start.
  return { file, line: line ? Number(line) : undefined, column: column ? Number(column) : line ? 1 : undefined };
}

/** What the dev overlay and the terminal say under the problems. */
export const contentErrorHint =
  'Each line names a file, the line where known, and what is expected. Fix the file and save: the preview reloads by itself. docs/EDITING.md lists every message.';

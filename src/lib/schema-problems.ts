/**
 * A content file's data held to its schema (src/schemas/), every issue worded for an editor at the line
 * that sets its field: a chapter's frontmatter (`title: …`) or a JSON record (`"value": …`). All issues
 * of the file are returned, none thrown, so the build lists every file's at once.
 */
import { editDistance } from './edit-distance';
import type { z } from 'astro/zod';
import { messages } from './messages';

export interface SchemaSource {
  file: string;
  /** The lines where fields are set: the frontmatter of a chapter, the whole of a JSON record. */
  lines: readonly string[];
  /** What the file is, for "is not a field of …": "a chapter", "a figure". */
  noun: string;
}

export type SchemaCheck<T> = { value: T; problems: [] } | { value?: undefined; problems: string[] };

/** The field an unknown key most likely meant: fewest letters changed (titel → title, shorttitle → shortTitle). */
export function closestField(key: string, fields: readonly string[]): string {
  const near = (field: string) => editDistance(key.toLowerCase(), field.toLowerCase());
  return fields.reduce((best, field) => (near(field) < near(best) ? field : best));
}

export function schemaProblems<S extends z.ZodType>(schema: S, data: unknown, source: SchemaSource): SchemaCheck<z.output<S>> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return { value: parsed.data, problems: [] };
  const fields = 'shape' in schema && schema.shape && typeof schema.shape === 'object' ? Object.keys(schema.shape) : [];
  const at = (field: string) => {
    const line = fieldLine(source.lines, field);
    return line ? `${source.file}:${line}` : source.file;
  };
  // A misspelt field is one mistake: "shorttitle" is named with its suggestion, and shortTitle is not
  // reported missing as well.
  const misspelt = (issue: z.core.$ZodIssue) => (issue.code === 'unrecognized_keys' && !issue.path.length ? issue.keys : []);
  const meant = new Set(parsed.error.issues.flatMap(misspelt).map((key) => closestField(key, fields)));
  const problems = parsed.error.issues
    .filter((issue) => !(issue.path.length === 1 && meant.has(String(issue.path[0])) && valueAt(data, issue.path) === undefined))
    .flatMap((issue): string[] => {
      if (issue.code === 'unrecognized_keys' && !issue.path.length) {
        return issue.keys.map((key) => `${at(key)}: ${messages.unknownField(key, source.noun, closestField(key, fields), fields.join(', '))}`);
      }
      const field = issue.path.join('.');
      const value = valueAt(data, issue.path);
      if (value === undefined && field) return [`${at(field)}: ${messages.missingField(field)}`];
      // `summary:` with nothing after it is YAML's null.
      if (issue.code === 'invalid_type' && value === null) return [`${at(field)}: ${`${field}: ${messages.mustNotBeEmpty()}`}`];
      if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        return [`${at(field)}: ${messages.textNotNumber(field, String(value))}`];
      }
      return [`${at(field)}: ${field ? `${field}: ` : ''}${issue.message}`];
    });
  return { problems };
}

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((record, key) => (record && typeof record === 'object' ? (record as Record<PropertyKey, unknown>)[key] : undefined), data);

/** The line (from 1) where a field is set, `title: …` or `"title": …`; the first part of `label.en`. */
function fieldLine(lines: readonly string[], path: string): number | undefined {
  const field = /^[A-Za-z_$][\w$-]*/.exec(path)?.[0];
  if (!field) return undefined;
  const at = lines.findIndex((line) => line.startsWith(`${field}:`) || new RegExp(`^\\s*"${field.replace('$', '\\$')}"\\s*:`).test(line));
  return at < 0 ? undefined : at + 1;
}

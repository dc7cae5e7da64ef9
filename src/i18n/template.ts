/**
 * A string the browser completes: `{name}` marks where a value goes. The type holds the placeholder, so a
 * translation that drops `{query}` is a type error, not a sentence with a hole. Strings that the server
 * renders stay functions in the dictionaries; these travel to the browser as data.
 */
export type Template<Name extends string> = `${string}{${Name}}${string}`;

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

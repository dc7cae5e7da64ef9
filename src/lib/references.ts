/**
 * Editors cite figures and charts in MDX by id (<Num id="…"/>, <Chart id="…"/>). These are checked
 * before anything renders, so a typo stops the build with the file, the line and the id, instead of an
 * empty span on the page.
 */
export const citingComponents = ['Num', 'Chart', 'KeyFigures'] as const;
export type CitingComponent = (typeof citingComponents)[number];

/** Components that cite nothing: a translator's note, set apart from the report's text. */
export const proseComponents = ['TranslatorNote'] as const;
export type ChapterComponent = CitingComponent | (typeof proseComponents)[number];

/** Names that components once had, and what to write now: an old habit gets advice, not a crash. */
export const renamed: Record<string, CitingComponent> = { Figure: 'Chart' };

export interface Reference {
  component: CitingComponent;
  attribute: string;
  value: string;
  line: number;
}

interface Tag {
  name: string;
  attributes: Map<string, string>;
  line: number;
}

const tagPattern = new RegExp(`<(${[...citingComponents, ...Object.keys(renamed)].join('|')})\\b([^>]*?)\\/?>`, 'g');
const attributePattern = /([a-zA-Z]+)\s*=\s*"([^"]*)"/g;

function findTags(body: string): Tag[] {
  return [...body.matchAll(tagPattern)].map((match) => ({
    name: match[1] ?? '',
    attributes: new Map([...(match[2] ?? '').matchAll(attributePattern)].map(([, name = '', value = '']) => [name, value])),
    line: body.slice(0, match.index).split('\n').length,
  }));
}

const isCiting = (name: string): name is CitingComponent => (citingComponents as readonly string[]).includes(name);

export function findReferences(body: string): Reference[] {
  return findTags(body).flatMap((tag) =>
    isCiting(tag.name) ? [...tag.attributes].map(([attribute, value]) => ({ component: tag.name as CitingComponent, attribute, value, line: tag.line })) : [],
  );
}

export interface KnownIds {
  figures: ReadonlySet<string>;
  charts: ReadonlySet<string>;
  chapters: ReadonlySet<string>;
}

/** What each component's attribute must name, and where editors find the valid names. */
const targets: Record<CitingComponent, { attribute: string; kind: keyof KnownIds; folder: string }> = {
  Num: { attribute: 'id', kind: 'figures', folder: 'content/figures/' },
  Chart: { attribute: 'id', kind: 'charts', folder: 'content/charts/' },
  KeyFigures: { attribute: 'chapter', kind: 'chapters', folder: 'content/chapters/zh/ (a slug)' },
};

/** `firstLine`: the file's line number of the body's first line (the frontmatter comes before it). */
export function checkReferences(file: string, body: string, known: KnownIds, firstLine = 1): string[] {
  return findTags(body).flatMap((tag) => {
    const at = `${file}:${tag.line + firstLine - 1}`;
    if (!isCiting(tag.name)) {
      const now = renamed[tag.name]!;
      const attributes = [...tag.attributes].map(([name, value]) => ` ${name}="${value}"`).join('');
      return [`${at}: <${tag.name}> is now called <${now}>: write <${now}${attributes}/>`];
    }
    const target = targets[tag.name];
    const value = tag.attributes.get(target.attribute);
    if (value === undefined) return [`${at}: <${tag.name}> needs ${target.attribute}="…"`];
    if (known[target.kind].has(value)) return [];
    const hint =
      tag.name === 'Chart' && known.figures.has(value) ? ` ("${value}" is a number: cite it inline with <Num id="${value}"/>)` : '';
    return [`${at}: <${tag.name} ${target.attribute}="${value}"> names nothing in ${target.folder}${hint}`];
  });
}

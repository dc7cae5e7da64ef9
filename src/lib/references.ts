/**
 * Editors cite figures and charts in MDX by id (<Num id="…"/>, <Figure id="…"/>). These are checked
 * before anything renders, so a typo stops the build with the file, the line and the id, instead of an
 * empty span on the page.
 */
export const citingComponents = ['Num', 'Figure', 'KeyFigures'] as const;
export type CitingComponent = (typeof citingComponents)[number];

export interface Reference {
  component: CitingComponent;
  attribute: string;
  value: string;
  line: number;
}

interface Tag {
  component: CitingComponent;
  attributes: Map<string, string>;
  line: number;
}

const tagPattern = new RegExp(`<(${citingComponents.join('|')})\\b([^>]*?)\\/?>`, 'g');
const attributePattern = /([a-zA-Z]+)\s*=\s*"([^"]*)"/g;

function findTags(body: string): Tag[] {
  return [...body.matchAll(tagPattern)].map((match) => ({
    component: match[1] as CitingComponent,
    attributes: new Map([...(match[2] ?? '').matchAll(attributePattern)].map(([, name = '', value = '']) => [name, value])),
    line: body.slice(0, match.index).split('\n').length,
  }));
}

export function findReferences(body: string): Reference[] {
  return findTags(body).flatMap((tag) =>
    [...tag.attributes].map(([attribute, value]) => ({ component: tag.component, attribute, value, line: tag.line })),
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
  Figure: { attribute: 'id', kind: 'charts', folder: 'content/charts/' },
  KeyFigures: { attribute: 'chapter', kind: 'chapters', folder: 'content/chapters/zh/ (a slug)' },
};

/** `firstLine`: the file's line number of the body's first line (the frontmatter comes before it). */
export function checkReferences(file: string, body: string, known: KnownIds, firstLine = 1): string[] {
  return findTags(body).flatMap((tag) => {
    const target = targets[tag.component];
    const value = tag.attributes.get(target.attribute);
    const at = `${file}:${tag.line + firstLine - 1}`;
    if (value === undefined) return [`${at}: <${tag.component}> needs ${target.attribute}="…"`];
    if (known[target.kind].has(value)) return [];
    const hint =
      tag.component === 'Figure' && known.figures.has(value) ? ` ("${value}" is a number: cite it inline with <Num id="${value}"/>)` : '';
    return [`${at}: <${tag.component} ${target.attribute}="${value}"> names nothing in ${target.folder}${hint}`];
  });
}

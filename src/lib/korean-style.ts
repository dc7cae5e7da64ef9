/**
 * Words the site's Korean writes as Yanbian does (중국 조선말 규범), where a Seoul spelling would slip in
 * from habit or a translation tool: the initial-sound rule (두음 법칙) that Yanbian does not apply
 * (lib/korean-spelling.ts explains it: 녀성, not 여성), and the loanwords and currency the site writes one
 * way. The build refuses a chapter that writes the Seoul form (lib/content-checks.ts), and
 * tests/translation-style.test.ts holds every other Korean text of the site (labels, UI) to the same list.
 */
import { lineOf, nodesOf, type ChapterNode } from './chapter-tree';
import { messages } from './messages';

interface KoreanSpelling {
  /** What a Seoul-trained hand writes. */
  seoul: string;
  /** What the site writes instead. */
  yanbian: string;
}

const seoulSpellings: readonly KoreanSpelling[] = [
  // 두음 법칙 (한글 맞춤법 제10–12항), which 조선말 규범 does not have.
  { seoul: '여성', yanbian: '녀성' },
  { seoul: '연합회', yanbian: '련합회' },
  { seoul: '노동', yanbian: '로동' },
  { seoul: '역량', yanbian: '력량' },
  { seoul: '이용', yanbian: '리용' },
  { seoul: '예의', yanbian: '례의' },
  { seoul: '누계', yanbian: '루계' },
  { seoul: '비율', yanbian: '비률' },
  // One word for a website and one for a page.
  { seoul: '웹사이트', yanbian: '웨브싸이트' },
  { seoul: '사이트', yanbian: '웨브싸이트' },
  { seoul: '싸이트', yanbian: '웨브싸이트' },
  { seoul: '웹페이지', yanbian: '웨브페지' },
  { seoul: '페이지', yanbian: '웨브페지' },
  { seoul: '페지', yanbian: '웨브페지' },
  // Yuan: the site writes 6.5억원.
  { seoul: '위안', yanbian: '원' },
];

export interface SeoulSpelling extends KoreanSpelling {
  /** Where in the text the Seoul form starts. */
  index: number;
}

/**
 * The Seoul spellings in a Korean text, in the order they stand. A Yanbian form that contains a Seoul one
 * (웨브싸이트 holds 싸이트) is not counted, and each place is named once, by its longest Seoul form.
 */
export function seoulSpellingsIn(text: string): SeoulSpelling[] {
  const found = new Map<number, SeoulSpelling>();
  const covered = new Set<number>();
  const longestFirst = [...seoulSpellings].sort((a, b) => b.seoul.length - a.seoul.length);
  for (const spelling of longestFirst) {
    // Blank the right forms out, keeping every index where it was.
    const masked = seoulSpellings.reduce((rest, { yanbian }) => rest.replaceAll(yanbian, '\u0000'.repeat(yanbian.length)), text);
    for (let index = masked.indexOf(spelling.seoul); index >= 0; index = masked.indexOf(spelling.seoul, index + 1)) {
      if (covered.has(index)) continue;
      found.set(index, { ...spelling, index });
      for (let i = index; i < index + spelling.seoul.length; i++) covered.add(i);
    }
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/**
 * A Korean chapter's Seoul spellings as the build reports them, with the form to write, at their line:
 * the words of its tree (a comment or an attribute is no text) and its title, short title and summary.
 */
export function seoulSpellingProblems(file: string, tree: ChapterNode, firstLine: number, fields: object): string[] {
  const say = (at: string, { seoul, yanbian }: KoreanSpelling) => `${at}: ${messages.seoulSpelling(seoul, yanbian)}`;
  const problems: string[] = [];
  for (const field of ['title', 'shortTitle', 'summary']) {
    const value = (fields as Record<string, unknown>)[field];
    if (typeof value === 'string') problems.push(...seoulSpellingsIn(value).map((found) => say(`${file}: ${field}`, found)));
  }
  for (const node of nodesOf(tree)) {
    if (node.type !== 'text') continue;
    const value = node.value ?? '';
    for (const found of seoulSpellingsIn(value))
      problems.push(say(`${file}:${lineOf(node) + value.slice(0, found.index).split('\n').length - 1 + firstLine - 1}`, found));
  }
  return problems;
}

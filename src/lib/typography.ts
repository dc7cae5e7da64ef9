/**
 * Chinese punctuation is full-width (clreq §3.1). The source file has half-width commas, colons and
 * parentheses between Chinese characters (a copy artefact of the original web page); the content keeps
 * the text as supplied, and display sets these marks full-width where they touch Chinese text. Apply it to
 * Chinese text only: Korean and English keep half-width marks, also beside quotation marks and 《》.
 */
const han = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\u3000-\\u303f\\u2014\\u201c\\u201d\\u300a-\\u300f';
const touchingHan = (mark: string) => new RegExp(`(?<=[${han}])${mark}|${mark}(?=[${han}])`, 'g');

const marks: [RegExp, string][] = [
  [touchingHan(','), '，'],
  [touchingHan(':'), '：'],
  [touchingHan(';'), '；'],
  [touchingHan('\\('), '（'],
  [touchingHan('\\)'), '）'],
];

export function fullWidthPunctuation(text: string): string {
  return marks.reduce((result, [pattern, mark]) => result.replace(pattern, mark), text);
}

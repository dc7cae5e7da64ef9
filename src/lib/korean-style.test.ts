import { describe, expect, it } from 'vitest';
import { parseChapter } from './chapter-tree';
import { seoulSpellingProblems, seoulSpellingsIn } from './korean-style';

describe('Seoul spellings in Korean text, which the site writes as Yanbian does', () => {
  it('finds each with the form to write, where it stands', () => {
    expect(seoulSpellingsIn('농촌 여성들의 노동')).toEqual([
      { seoul: '여성', yanbian: '녀성', index: 3 },
      { seoul: '노동', yanbian: '로동', index: 8 },
    ]);
  });

  it('passes the Yanbian forms, also where they hold a Seoul one', () => {
    expect(seoulSpellingsIn('녀성들이 웨브싸이트의 웨브페지에서 6.5억원을 리용하였다')).toEqual([]);
  });

  it('names a place once, by its longest Seoul form', () => {
    expect(seoulSpellingsIn('웹사이트와 싸이트')).toEqual([
      { seoul: '웹사이트', yanbian: '웨브싸이트', index: 0 },
      { seoul: '싸이트', yanbian: '웨브싸이트', index: 6 },
    ]);
  });

  it('names a chapter’s field or line, and reads no comment', () => {
    const tree = parseChapter('첫 단락.\n\n둘째 단락\n로동과 노동.\n\n{/* 여성 */}');
    expect(seoulSpellingProblems('ko/04-family.mdx', tree, 9, { title: '여성', summary: '녀성' })).toEqual([
      "ko/04-family.mdx: title: “여성” is the Seoul spelling; the site's Korean follows Yanbian (조선말 규범): write “녀성”",
      "ko/04-family.mdx:12: “노동” is the Seoul spelling; the site's Korean follows Yanbian (조선말 규범): write “로동”",
    ]);
  });
});

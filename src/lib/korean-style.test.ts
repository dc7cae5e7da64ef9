import { describe, expect, it } from 'vitest';
import { seoulSpellingsIn } from './korean-style';

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
});

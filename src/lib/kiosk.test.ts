import { describe, expect, it } from 'vitest';
import { defaultIdleSeconds, idleSeconds, loopOrder, nextSlide, suggestedTerms } from './kiosk';

describe('idle time', () => {
  it('is 90 s unless told otherwise', () => {
    expect(defaultIdleSeconds).toBe(90);
    expect(idleSeconds(null, '')).toBe(90);
    expect(idleSeconds(undefined, undefined)).toBe(90);
  });
  it('the address wins over the build setting, which wins over the default', () => {
    expect(idleSeconds('5', '120')).toBe(5);
    expect(idleSeconds(null, '120')).toBe(120);
    expect(idleSeconds('0.5', null)).toBe(0.5);
  });
  it('a value that is not a positive number is ignored, never a kiosk that resets at once or never', () => {
    expect(idleSeconds('0', '60')).toBe(60);
    expect(idleSeconds('-3', null)).toBe(90);
    expect(idleSeconds('soon', 'later')).toBe(90);
    expect(idleSeconds('Infinity', null)).toBe(90);
  });
});

describe('the attract loop', () => {
  const slides = { zh: 3, ko: 3, en: 2 };
  const order = ['zh', 'ko', 'en'] as const;

  it('shows every slide of a language, then the next language', () => {
    expect(nextSlide({ lang: 'zh', slide: 0 }, slides, order)).toEqual({ lang: 'zh', slide: 1, completed: false });
    expect(nextSlide({ lang: 'zh', slide: 2 }, slides, order)).toEqual({ lang: 'ko', slide: 0, completed: false });
    expect(nextSlide({ lang: 'en', slide: 1 }, slides, order)).toEqual({ lang: 'zh', slide: 0, completed: true });
  });

  it('walks all three languages and comes back: one round is 8 slides here', () => {
    let at: { lang: (typeof order)[number]; slide: number } = { lang: 'zh', slide: 0 };
    const seen: string[] = [];
    let rounds = 0;
    for (let i = 0; i < 8; i++) {
      const next = nextSlide(at, slides, order);
      if (next.completed) rounds++;
      at = next;
      seen.push(`${at.lang}${at.slide}`);
    }
    expect(seen).toEqual(['zh1', 'zh2', 'ko0', 'ko1', 'ko2', 'en0', 'en1', 'zh0']);
    expect(rounds).toBe(1);
  });

  it('starts with the kiosk’s own language and keeps zh → ko → en after it', () => {
    expect(loopOrder(['zh', 'ko', 'en'], 'zh')).toEqual(['zh', 'ko', 'en']);
    expect(loopOrder(['zh', 'ko', 'en'], 'ko')).toEqual(['ko', 'en', 'zh']);
    expect(loopOrder(['zh', 'ko', 'en'], 'en')).toEqual(['en', 'zh', 'ko']);
  });
});

describe('search words for a kiosk without a keyboard', () => {
  const glossary = [
    { zh: '妇联', ko: '부녀련합회', en: "Women's Federation" },
    { zh: '州妇联', ko: '주부녀련합회', en: "Prefecture Women's Federation" },
    { zh: '家长学校', ko: '학부모학교', en: 'parent schools' },
    { zh: '母亲水窖', ko: '어머니 물저장고', en: 'Water Cellar for Mothers' },
    { zh: '全国人大内司委员会名称很长很长', ko: '전국인대', en: 'Internal and Judicial Affairs Committee of the NPC' },
  ];
  const zh = ['州妇联成立了家长学校。', '全国人大内司委员会名称很长很长'];

  it('offers only words the chapters use, in the order the report first uses them', () => {
    expect(suggestedTerms(glossary, 'zh', zh)).toEqual(['州妇联', '家长学校']);
    expect(suggestedTerms(glossary, 'en', ["The parent schools of the Prefecture Women's Federation"])).toEqual([
      'parent schools',
      "Prefecture Women's Federation",
    ]);
  });
  it('drops a word inside a longer one, and words too long for a button', () => {
    expect(suggestedTerms(glossary, 'zh', zh)).not.toContain('妇联');
    expect(suggestedTerms(glossary, 'zh', zh)).not.toContain('全国人大内司委员会名称很长很长');
    expect(suggestedTerms(glossary, 'en', ['Internal and Judicial Affairs Committee of the NPC'])).toEqual([]);
  });
  it('stops at the limit', () => {
    expect(suggestedTerms(glossary, 'ko', ['주부녀련합회 학부모학교 어머니 물저장고'], { limit: 2 })).toEqual(['주부녀련합회', '학부모학교']);
  });
});

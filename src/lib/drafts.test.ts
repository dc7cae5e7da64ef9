import { describe, expect, it } from 'vitest';
import { draftsLeftOut, draftsLine, withoutDrafts } from './drafts';

const chapter = (slug: string, draft: Partial<Record<'zh' | 'ko' | 'en', boolean>> = {}) =>
  (['zh', 'ko', 'en'] as const).map((lang) => ({ lang, slug, draft: draft[lang] }));

describe('drafts', () => {
  it('leaves out a new chapter whose files say draft: true, and names it once with its languages', () => {
    const files = [...chapter('family'), ...chapter('acknowledgements', { zh: true, ko: true, en: true })];
    expect(withoutDrafts(files).map((file) => file.slug)).toEqual(['family', 'family', 'family']);
    expect(draftsLine(files)).toBe('Drafts left out (draft: true): acknowledgements (zh, ko, en).');
  });

  it('takes the translations of a draft original with it, even when they are not drafts', () => {
    const files = chapter('acknowledgements', { zh: true });
    expect(withoutDrafts(files)).toEqual([]);
    expect(draftsLine(files)).toBe('Drafts left out (draft: true): acknowledgements (zh, ko, en).');
  });

  it('leaves out a draft translation alone: that language shows the original', () => {
    const files = [...chapter('family', { ko: true }), ...chapter('rights', { en: true })];
    expect(draftsLeftOut(files)).toEqual([
      { lang: 'ko', slug: 'family', draft: true },
      { lang: 'en', slug: 'rights', draft: true },
    ]);
    expect(withoutDrafts(files)).toHaveLength(4);
    expect(draftsLine(files)).toBe('Drafts left out (draft: true): family (ko), rights (en).');
  });

  it('says nothing when there are no drafts', () => {
    expect(draftsLine(chapter('family', { zh: false }))).toBeUndefined();
    expect(withoutDrafts(chapter('family'))).toHaveLength(3);
  });
});

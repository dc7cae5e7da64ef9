import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultKind, kindProblem, nextOrder, planNewChapter, sectionProblem, slugProblem, titleProblem, type ExistingChapter } from './new-chapter';

const existing: ExistingChapter[] = ['zh', 'ko', 'en'].flatMap((lang) => [
  { file: `content/chapters/${lang}/00-prologue.mdx`, lang, slug: 'prologue', order: 0, kind: 'prologue' },
  { file: `content/chapters/${lang}/04-family.mdx`, lang, slug: 'family', order: 4, kind: 'section', section: 4 },
  { file: `content/chapters/${lang}/07-epilogue.mdx`, lang, slug: 'epilogue', order: 7, kind: 'epilogue' },
]);
const titles = { zh: '致谢', ko: '감사의 말', en: 'Acknowledgements: "thanks"' };

describe('planning a new chapter', () => {
  it('writes zh, ko and en with the next order number in the file name and valid frontmatter', () => {
    const plan = planNewChapter({ slug: 'acknowledgements', kind: 'epilogue', title: titles }, existing);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.order).toBe(8);
    expect(plan.files.map((file) => file.path)).toEqual([
      'chapters/zh/08-acknowledgements.mdx',
      'chapters/ko/08-acknowledgements.mdx',
      'chapters/en/08-acknowledgements.mdx',
    ]);
    const en = plan.files[2]!.text;
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(en) ?? [];
    expect(parse(frontmatter)).toEqual({
      slug: 'acknowledgements',
      order: 8,
      kind: 'epilogue',
      draft: true,
      title: 'Acknowledgements: "thanks"',
      shortTitle: 'Acknowledgements: "thanks"',
      summary: 'Acknowledgements: "thanks"',
    });
    // Nothing shows on the page until the editor writes it: the body is a comment.
    expect(body.trim()).toMatch(/^\{\/\*.*\*\/\}$/);
    expect(body).not.toMatch(/<[A-Z]/);
  });

  it('uses the given short titles and summaries, and a section number only for a section', () => {
    const plan = planNewChapter(
      { slug: 'update', kind: 'section', section: 5, title: titles, shortTitle: { zh: '更新' }, summary: { en: 'What changed.' } },
      existing,
    );
    expect(plan).toMatchObject({ ok: true });
    if (!plan.ok) return;
    expect(parse(plan.files[0]!.text.split('---')[1]!)).toMatchObject({ kind: 'section', section: 5, shortTitle: '更新', summary: '致谢' });
    expect(parse(plan.files[2]!.text.split('---')[1]!)).toMatchObject({ summary: 'What changed.' });
  });

  it('refuses a taken, reserved or malformed slug, with the reason', () => {
    expect(slugProblem('family', existing)).toBe('slug "family" is taken by content/chapters/zh/04-family.mdx; choose another');
    expect(slugProblem('search', existing)).toMatch(/^slug "search" is the address of one of the site's own pages \(.*search.*\); choose another$/);
    expect(slugProblem('Thanks', existing)).toBe(
      'slug "Thanks": use lower-case letters, digits and hyphens, starting with a letter, e.g. "acknowledgements"',
    );
    expect(slugProblem('', existing)).toMatch(/^slug: give the chapter a slug/);
    expect(slugProblem('acknowledgements', existing)).toBeUndefined();
  });

  it('lists every problem at once', () => {
    const plan = planNewChapter({ slug: 'family', kind: 'section', section: 4, title: { zh: '家庭' } }, existing);
    expect(plan).toEqual({
      ok: false,
      problems: [
        'slug "family" is taken by content/chapters/zh/04-family.mdx; choose another',
        'section 4 is already content/chapters/zh/04-family.mdx',
        "title (ko): give the chapter's title in ko",
        "title (en): give the chapter's title in en",
      ],
    });
    expect(planNewChapter({ slug: 'x', kind: 'chapter', title: titles }, existing)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^kind "chapter": expected one of prologue, section, epilogue/)],
    });
    expect(planNewChapter({ slug: 'x', kind: 'epilogue', section: 2, title: titles }, existing)).toMatchObject({
      ok: false,
      problems: ['section: only a chapter of kind section has a section number (this one is epilogue)'],
    });
  });

  it('checks each answer on its own, as the terminal asks them', () => {
    expect(defaultKind).toBe('appendix');
    expect(kindProblem('appendix')).toBeUndefined();
    expect(kindProblem('chapter')).toBe('kind "chapter": expected one of prologue, section, epilogue, appendix');
    expect(sectionProblem('section', 7, existing)).toBe('section: a chapter of kind section needs the report’s section number, 1 to 6');
    expect(sectionProblem('section', Number('two'), existing)).toMatch(/needs the report’s section number, 1 to 6$/);
    expect(sectionProblem('section', 4, existing)).toBe('section 4 is already content/chapters/zh/04-family.mdx');
    expect(sectionProblem('section', 5, existing)).toBeUndefined();
    expect(sectionProblem('appendix', undefined, existing)).toBeUndefined();
    expect(titleProblem('ko', '  ')).toBe("title (ko): give the chapter's title in ko");
    expect(titleProblem('en', 'Two\nlines')).toBe('title (en): a title is one line');
    expect(titleProblem('zh', '致谢')).toBeUndefined();
  });

  it('takes the order from the Chinese original, which sets the reading order', () => {
    expect(nextOrder(existing)).toBe(8);
    expect(nextOrder([...existing, { file: 'x', lang: 'en', slug: 'y', order: 12 }])).toBe(8);
    expect(nextOrder([])).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { ContentError, planChapters, type ChapterEntry } from './chapters';
import type { Chapter } from '../schemas/chapter';

const chapter = (id: string, data: Partial<Chapter> & Pick<Chapter, 'slug' | 'order'>): ChapterEntry => ({
  id,
  filePath: `content/chapters/${id}.mdx`,
  data: { kind: 'section', section: data.order, title: 't', shortTitle: 's', summary: 'm', ...data },
});

const fixture = [
  chapter('zh/00-prologue', { slug: 'prologue', order: 0, kind: 'prologue', section: undefined }),
  chapter('zh/01-planning', { slug: 'planning', order: 1 }),
  chapter('zh/02-outreach', { slug: 'outreach', order: 2 }),
  chapter('ko/00-prologue', { slug: 'prologue', order: 0, kind: 'prologue', section: undefined }),
  chapter('ko/01-planning', { slug: 'planning', order: 1 }),
  chapter('ko/02-outreach', { slug: 'outreach', order: 2 }),
  chapter('en/01-planning', { slug: 'planning', order: 1 }),
  chapter('en/00-prologue', { slug: 'prologue', order: 0, kind: 'prologue', section: undefined }),
  // en/02-outreach not yet translated
];

describe('chapters in every language', () => {
  const plan = planChapters(fixture);

  it('are read in the report order, whatever the file order', () => {
    expect(plan.order).toEqual(['prologue', 'planning', 'outreach']);
  });

  it('get a page in every language, with previous and next in report order', () => {
    expect(plan.pages).toHaveLength(9);
    expect(plan.page('ko', 'planning')).toMatchObject({ previous: 'prologue', next: 'outreach', fallback: false, contentLang: 'ko' });
    expect(plan.page('zh', 'prologue').previous).toBeUndefined();
    expect(plan.page('zh', 'outreach').next).toBeUndefined();
  });

  it('show the Chinese original where a translation is missing, and say so', () => {
    const page = plan.page('en', 'outreach');
    expect(page.fallback).toBe(true);
    expect(page.contentLang).toBe('zh');
    expect(page.entry.id).toBe('zh/02-outreach');
  });

  it('refuse a translation that disagrees with its original, naming the file and field', () => {
    const wrong = [...fixture, chapter('en/02-outreach', { slug: 'outreach', order: 5 })];
    expect(() => planChapters(wrong)).toThrow(ContentError);
    expect(() => planChapters(wrong)).toThrow(
      'content/chapters/en/02-outreach.mdx: order is 5, but the Chinese original content/chapters/zh/02-outreach.mdx has 2',
    );
  });

  it('refuse a translation whose kind or section differs from the original', () => {
    const kind = [...fixture, chapter('en/02-outreach', { slug: 'outreach', order: 2, kind: 'epilogue', section: 2 })];
    expect(() => planChapters(kind)).toThrow(
      'content/chapters/en/02-outreach.mdx: kind is epilogue, but the Chinese original content/chapters/zh/02-outreach.mdx has section',
    );
    const section = [...fixture, chapter('en/02-outreach', { slug: 'outreach', order: 2, section: 3 })];
    expect(() => planChapters(section)).toThrow(
      'content/chapters/en/02-outreach.mdx: section is 3, but the Chinese original content/chapters/zh/02-outreach.mdx has 2',
    );
  });

  it('refuse a translation without an original, a duplicate slug, a clash of order, an unknown folder', () => {
    const problems = (entries: ChapterEntry[]) => {
      try {
        planChapters(entries);
        return [];
      } catch (error) {
        return (error as ContentError).problems;
      }
    };
    expect(problems([...fixture, chapter('ko/09-extra', { slug: 'extra', order: 9 })])).toEqual([
      'content/chapters/ko/09-extra.mdx: slug "extra" has no Chinese original in chapters/zh/',
    ]);
    expect(problems([...fixture, chapter('zh/03-again', { slug: 'planning', order: 3 })])[0]).toContain('slug "planning" is already used by');
    expect(problems([...fixture, chapter('zh/03-clash', { slug: 'clash', order: 2 })])[0]).toContain('order 2 is already used by');
    expect(problems([...fixture, chapter('fr/01-planning', { slug: 'planning', order: 1 })])[0]).toContain('the folder "fr" is not a language');
  });
});

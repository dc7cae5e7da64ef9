import type { UIStrings } from '../i18n';
import type { Chapter } from '../schemas';

/** 第三章 · 제3장 · Chapter 3, or the prologue's and epilogue's names. */
export function chapterLabel(t: UIStrings, chapter: Pick<Chapter, 'kind' | 'section'>): string {
  if (chapter.kind === 'prologue') return t.prologue;
  if (chapter.kind === 'epilogue') return t.epilogue;
  return t.chapterNumber(chapter.section ?? 0);
}

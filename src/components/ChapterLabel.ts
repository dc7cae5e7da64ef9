import type { UIStrings } from '../i18n';
import type { Chapter } from '../schemas';

/** 第三章 · 제3장 · Chapter 3, or the names of the prologue, the epilogue and an appendix of ours. */
export function chapterLabel(t: UIStrings, chapter: Pick<Chapter, 'kind' | 'section'>): string {
  if (chapter.kind === 'prologue') return t.prologue;
  if (chapter.kind === 'epilogue') return t.epilogue;
  if (chapter.kind === 'appendix') return t.appendix;
  return t.chapterNumber(chapter.section ?? 0);
}

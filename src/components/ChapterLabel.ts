import type { UIStrings } from '../i18n';
import type { Chapter } from '../schemas';

/** 第三章 · 제3장 · Chapter 3, or the names of the prologue, the epilogue and an appendix of ours. */
export function chapterLabel(t: UIStrings, chapter: Pick<Chapter, 'kind' | 'section'>): string {
  if (chapter.kind === 'prologue') return t.prologue;
  if (chapter.kind === 'epilogue') return t.epilogue;
  if (chapter.kind === 'appendix') return t.appendix;
  return t.chapterNumber(chapter.section ?? 0);
}

/**
 * A chapter's name in one short line (the kiosk's tiles): its label and its own short title. A prologue
 * or epilogue is named by its label alone; an appendix of ours keeps its own title beside "Appendix",
 * so that two of a kind can be told apart. `title` is the chapter's text only when `own` is true.
 */
export function chapterName(t: UIStrings, chapter: Pick<Chapter, 'kind' | 'section' | 'shortTitle'>): { label?: string; title: string; own: boolean } {
  const label = chapterLabel(t, chapter);
  if (chapter.kind !== 'section' && chapter.shortTitle === label) return { title: label, own: false };
  return { label, title: chapter.shortTitle, own: true };
}

import { describe, expect, it } from 'vitest';
import { useTranslations } from '../i18n';
import { chapterName } from './ChapterLabel';

describe('a chapter’s name on a kiosk tile', () => {
  const en = useTranslations('en');
  const zh = useTranslations('zh');

  it('a section: its number and its own short title', () => {
    expect(chapterName(zh, { kind: 'section', section: 3, shortTitle: '巾帼建功' })).toEqual({ label: '第三章', title: '巾帼建功', own: true });
  });

  it('the prologue and epilogue: their label alone, not said twice', () => {
    expect(chapterName(en, { kind: 'prologue', shortTitle: 'Prologue' })).toEqual({ title: 'Prologue', own: false });
    expect(chapterName(zh, { kind: 'epilogue', shortTitle: '结语' })).toEqual({ title: '结语', own: false });
  });

  it('an appendix of ours: its own title beside its kind, so two are told apart', () => {
    expect(chapterName(en, { kind: 'appendix', shortTitle: 'Acknowledgements' })).toEqual({ label: 'Appendix', title: 'Acknowledgements', own: true });
    expect(chapterName(en, { kind: 'appendix', shortTitle: '测试附录' })).toEqual({ label: 'Appendix', title: '测试附录', own: true });
  });
});

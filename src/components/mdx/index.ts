import Chart from './Chart.astro';
import Num from './Num.astro';
import KeyFigures from './KeyFigures.astro';
import TranslatorNote from './TranslatorNote.astro';
import type { ChapterComponent } from '../../lib/references';

/**
 * What editors may write in a chapter's MDX, without imports. lib/references checks every use against
 * the records before anything renders; `satisfies` keeps this list and that check in step.
 */
export const mdxComponents = { Chart, Num, KeyFigures, TranslatorNote } satisfies Record<ChapterComponent, unknown>;

/**
 * The kiosk's pure parts, shared by the build and the kiosk's own script: which words it offers as search
 * buttons, how long it waits before going back to its loop, and the order of its loop. No DOM and no Astro
 * here, so each is unit-tested (kiosk.test.ts); what it keeps offline is in precache.ts.
 */
// ─── Idle time ────────────────────────────────────────────────────────────────────────────────────────

export const defaultIdleSeconds = 90;

/**
 * Seconds of no touch before the kiosk goes back to its loop: the address's `?idle=` wins over the build
 * setting (KIOSK_IDLE_SECONDS), which wins over 90 s. Anything that is not a positive number is ignored, so
 * a typo never leaves a kiosk that resets every instant or never.
 */
export function idleSeconds(query: string | null | undefined, built: string | number | null | undefined): number {
  for (const value of [query, built]) {
    if (value === null || value === undefined || value === '') continue;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds > 0) return seconds;
  }
  return defaultIdleSeconds;
}

// ─── The attract loop ─────────────────────────────────────────────────────────────────────────────────

export interface LoopPosition<L extends string = string> {
  lang: L;
  slide: number;
}

/**
 * The slide after this one: every slide of one language, then the next language in the given order
 * (zh → ko → en → zh …), starting again at its first slide. `completed` says a full round of all the
 * languages has just ended (the soak benchmark counts them).
 */
export function nextSlide<L extends string>(
  at: LoopPosition<L>,
  slidesPerLang: Readonly<Record<L, number>>,
  order: readonly L[],
): LoopPosition<L> & { completed: boolean } {
  if (at.slide + 1 < slidesPerLang[at.lang]) return { lang: at.lang, slide: at.slide + 1, completed: false };
  const here = order.indexOf(at.lang);
  const lang = order[(here + 1) % order.length]!;
  return { lang, slide: 0, completed: lang === order[0] };
}

/** The languages in the loop's order, starting with the kiosk's own: ko → en → zh for a Korean kiosk. */
export function loopOrder<L extends string>(locales: readonly L[], first: L): L[] {
  const at = Math.max(locales.indexOf(first), 0);
  return [...locales.slice(at), ...locales.slice(0, at)];
}

// ─── Search without a keyboard ────────────────────────────────────────────────────────────────────────

export interface GlossaryTerm {
  zh: string;
  ko: string;
  en: string;
  quoted?: boolean | undefined;
}

/**
 * Words to offer as search buttons, in one language: the glossary's names of programmes and organisations
 * that the chapters in that language actually use (so each finds something), in the order the report
 * first uses them, short enough for a button, each at most once.
 */
export function suggestedTerms<L extends 'zh' | 'ko' | 'en'>(
  glossary: readonly GlossaryTerm[],
  lang: L,
  chapterTexts: readonly string[],
  { limit = 10, maxLength = lang === 'en' ? 32 : 10 }: { limit?: number; maxLength?: number } = {},
): string[] {
  const text = chapterTexts.join('\n');
  const found = glossary
    .map((term) => term[lang].trim())
    .filter((word, i, all) => word.length > 1 && word.length <= maxLength && all.indexOf(word) === i)
    .map((word) => ({ word, at: text.indexOf(word) }))
    .filter(({ at }) => at >= 0);
  // A word inside a longer suggested one (妇联 in 州妇联) would only find the same pages again.
  const distinct = found.filter(({ word }) => !found.some((other) => other.word !== word && other.word.includes(word)));
  return distinct
    .sort((a, b) => a.at - b.at)
    .slice(0, limit)
    .map(({ word }) => word);
}

import type { Locale } from './locales';
import type { UIStrings } from './ui/types';
import { zh } from './ui/zh';
import { ko } from './ui/ko';
import { en } from './ui/en';

export * from './locales';
export * from './paths';
export type { UIStrings };

const dictionaries: Record<Locale, UIStrings> = { zh, ko, en };

/** The chrome's strings in one language. */
export function useTranslations(lang: Locale): UIStrings {
  return dictionaries[lang];
}
export * from './static-paths';

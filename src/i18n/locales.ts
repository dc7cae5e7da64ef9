/**
 * The site's languages. Chinese is the report's own language; Korean and English are our translations.
 * `tag` goes into <html lang> and hreflang: Pagefind picks its word segmenter from it, and browsers pick
 * the right glyph forms (Chinese vs Korean shapes of the same Han character), so one value per language.
 */
export const locales = ['zh', 'ko', 'en'] as const;
export type Locale = (typeof locales)[number];

export const sourceLocale: Locale = 'zh';

/** `short` is what a narrow screen shows in the language switcher; `name` stays its accessible name. */
export const localeInfo: Record<Locale, { tag: string; name: string; short: string }> = {
  zh: { tag: 'zh-CN', name: '中文', short: '中' },
  ko: { tag: 'ko', name: '조선어', short: '조' },
  en: { tag: 'en', name: 'English', short: 'EN' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

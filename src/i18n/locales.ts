/**
 * The site's languages. Chinese is the report's own language; Korean and English are our translations.
 * `tag` goes into <html lang> and hreflang: Pagefind picks its word segmenter from it, and browsers pick
 * the right glyph forms (Chinese vs Korean shapes of the same Han character), so one value per language.
 */
export const locales = ['zh', 'ko', 'en'] as const;
export type Locale = (typeof locales)[number];

export const sourceLocale: Locale = 'zh';

/**
 * `short` is what a narrow screen shows in the language switcher; `name` stays its accessible name.
 * `ogLocale` is the Open Graph form (language_TERRITORY), which has no bare "ko" or "en".
 */
export const localeInfo: Record<Locale, { tag: string; name: string; short: string; ogLocale: string }> = {
  zh: { tag: 'zh-CN', name: '中文', short: '中', ogLocale: 'zh_CN' },
  ko: { tag: 'ko', name: '조선어', short: '조', ogLocale: 'ko_KR' },
  en: { tag: 'en', name: 'English', short: 'EN', ogLocale: 'en_US' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

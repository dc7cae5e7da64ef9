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
 * `dateTag` is what Intl writes dates with: en-GB, because a formal English text writes 29 September 2019.
 */
export const localeInfo: Record<Locale, { tag: string; name: string; short: string; ogLocale: string; dateTag: string }> = {
  zh: { tag: 'zh-CN', name: '中文', short: '中', ogLocale: 'zh_CN', dateTag: 'zh-CN' },
  ko: { tag: 'ko', name: '조선어', short: '조', ogLocale: 'ko_KR', dateTag: 'ko' },
  en: { tag: 'en', name: 'English', short: 'EN', ogLocale: 'en_US', dateTag: 'en-GB' },
};

/** Pagefind names each language's index by its <html lang> lower-cased: zh-CN → zh-cn. */
export const pagefindLanguage = (tag: string): string => tag.toLowerCase();

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

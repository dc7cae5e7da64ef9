import { localeInfo, type Locale } from '../i18n/locales';

/**
 * Dates as the report gives them, to the precision it gives: "2017", "2019-09", "2019-09-29". Written
 * by Intl in UTC: the date is a calendar day, and no reader's time zone may move it to the day before.
 * Each language's tag for dates is localeInfo's `dateTag` (English: en-GB, 29 September 2019).
 */

const precision = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (lang: Locale, level: keyof typeof precision) => {
  const key = `${lang}/${level}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(localeInfo[lang].dateTag, { ...precision[level], timeZone: 'UTC' })));
  return found;
};

export function formatDate(iso: string, lang: Locale): string {
  const [year = NaN, month, day] = iso.split('-').map(Number);
  const level = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return formatter(lang, level).format(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

import type { Locale } from '../i18n/locales';

/**
 * Dates as the report gives them, to the precision it gives: "2017", "2019-09", "2019-09-29".
 * Formatted by hand rather than through Date, so no time zone can shift a day.
 */
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(iso: string, lang: Locale): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (lang === 'en') {
    if (month === undefined) return String(year);
    const name = months[month - 1];
    return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
  }
  const [y, m, d] = lang === 'zh' ? ['年', '月', '日'] : ['년 ', '월 ', '일'];
  if (month === undefined) return `${year}${y.trim()}`;
  return day === undefined ? `${year}${y}${month}${m.trim()}` : `${year}${y}${month}${m}${day}${d}`;
}

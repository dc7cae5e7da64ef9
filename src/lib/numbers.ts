import type { Locale } from '../i18n/locales';
import type { FigureUnit, Qualifier } from './figures';

/**
 * How a figure of the report reads in running text, per language. Chinese writes it as the report does
 * (6.5亿元, 1.5万, 5万余, 20余万元, 800余); Korean mirrors that with 만/억 and 여, and writes yuan 원 as
 * Yanbian's Korean press does (6.5억원; the about page says 원 means yuan); English spells out millions
 * and puts "more than" first. The counting word (场, 명, lectures) belongs to the sentence, except for
 * money and percentages, whose sign is part of the number.
 */
export interface Quantity {
  value: number;
  unit: FigureUnit;
  qualifier: Qualifier;
}

const WAN = 1e4;
const YI = 1e8;

/** 6.5, 209, 2.09: no trailing zeros, and no float noise from the division. */
const trim = (n: number) => String(Number(n.toFixed(4)));
const grouped = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 4 });

/** Round counts of ten thousand and more are written in 万 (1.5万); exact tallies stay in digits (18766). */
const inWan = (value: number) => value >= WAN && value % 1000 === 0;

export interface FormatOptions {
  /**
   * In running prose (the <Num> of a chapter), English spells out whole counts under ten ("two
   * vice-chairs"), as English style guides ask; tables, charts and key figures keep digits.
   */
  prose?: boolean;
}

const englishWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export function formatQuantity({ value, unit, qualifier }: Quantity, lang: Locale, { prose = false }: FormatOptions = {}): string {
  if (prose && lang === 'en' && unit !== 'yuan' && unit !== 'percent' && Number.isInteger(value) && value >= 0 && value < 10) {
    return `${qualifier === 'more-than' ? 'more than ' : ''}${englishWords[value]}`;
  }
  const more = qualifier === 'more-than';
  if (unit === 'percent') {
    if (lang === 'en') return `${more ? 'more than ' : ''}${trim(value)}%`;
    return `${trim(value)}%${more ? (lang === 'zh' ? '余' : ' 이상') : ''}`;
  }
  if (unit === 'yuan') return formatYuan(value, more, lang);
  return formatCount(value, more, lang);
}

function formatYuan(value: number, more: boolean, lang: Locale): string {
  if (lang === 'en') {
    const [scaled, word] =
      value >= 1e9 ? [value / 1e9, ' billion'] : value >= 1e6 ? [value / 1e6, ' million'] : [value, ''];
    return `${more ? 'more than ' : ''}${word ? trim(scaled) : grouped(scaled)}${word} yuan`;
  }
  const [scaled, scale] = value >= YI ? [value / YI, lang === 'zh' ? '亿' : '억'] : value >= WAN ? [value / WAN, lang === 'zh' ? '万' : '만'] : [value, ''];
  // Money puts 余 before the scale: 20余万元, 1000余万元; Korean likewise, written as one word: 20여만원.
  if (lang === 'zh') return `${trim(scaled)}${more ? '余' : ''}${scale}元`;
  return `${grouped(scaled)}${more ? '여' : ''}${scale}원`;
}

function formatCount(value: number, more: boolean, lang: Locale): string {
  if (lang === 'en') return `${more ? 'more than ' : ''}${grouped(value)}`;
  const sign = lang === 'zh' ? '余' : '여';
  if (inWan(value)) {
    const scaled = value / WAN;
    const scale = lang === 'zh' ? '万' : '만';
    // Counts put 余 after the scale: 5万余, and the report writes "more than ten thousand" as 万余.
    const digits = lang === 'zh' && more && scaled === 1 ? '' : trim(scaled);
    return `${digits}${scale}${more ? sign : ''}`;
  }
  return `${lang === 'zh' ? String(value) : grouped(value)}${more ? sign : ''}`;
}

const compact: Record<Locale, Intl.NumberFormat> = {
  zh: new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 1 }),
  ko: new Intl.NumberFormat('ko', { notation: 'compact', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }),
};

/** An axis tick: short, in the language's own large-number words (1万, 1만, 10K; 6亿, 6억, 600M). */
export function formatTick(value: number, lang: Locale): string {
  return compact[lang].format(value);
}

import { localeInfo, locales, type Locale } from '../i18n/locales';
import type { FigureUnit, Qualifier } from '../schemas/figure';

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

/**
 * A language's way of writing large numbers. Chinese and Korean count in myriads (万/만 = 10⁴,
 * 亿/억 = 10⁸) and put "more than" after the number; English counts in thousands and puts it first.
 * A Record over every locale, so a new language must say how it writes numbers.
 */
type NumberWords =
  | {
      system: 'myriad';
      wan: string;
      yi: string;
      /** 余 / 여 after a count or a scale. */
      more: string;
      /** What follows a percentage for "more than". */
      percentMore: string;
      yuan: string;
      /** Digits below a myriad: the report writes 18766 ungrouped; Korean groups them. */
      digits: (n: number) => string;
      /** The report writes "more than ten thousand" as 万余, with no 1. */
      bareWan: boolean;
    }
  | {
      system: 'thousands';
      more: string;
      yuan: string;
      million: string;
      billion: string;
      /** Counts under ten as running prose writes them (zero … nine). */
      small: readonly string[];
    };

const WAN = 1e4;
const YI = 1e8;

/** 6.5, 209, 2.09: no trailing zeros, and no float noise from the division. */
const trim = (n: number) => String(Number(n.toFixed(4)));
// Thousands grouped with commas (18,766), as Korean and English write them.
const grouped = (n: number) => n.toLocaleString(localeInfo.en.tag, { maximumFractionDigits: 4 });

const words: Record<Locale, NumberWords> = {
  zh: { system: 'myriad', wan: '万', yi: '亿', more: '余', percentMore: '余', yuan: '元', digits: String, bareWan: true },
  // Yanbian's Korean press writes yuan as 원, as one word with the number: 6.5억원, 20여만원.
  ko: { system: 'myriad', wan: '만', yi: '억', more: '여', percentMore: ' 이상', yuan: '원', digits: grouped, bareWan: false },
  en: {
    system: 'thousands',
    more: 'more than ',
    yuan: ' yuan',
    million: ' million',
    billion: ' billion',
    small: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  },
};

/** Round counts of ten thousand and more are written in 万 (1.5万); exact tallies stay in digits (18766). */
const inWan = (value: number) => value >= WAN && value % 1000 === 0;

export interface FormatOptions {
  /**
   * In running prose (the <Num> of a chapter), English spells out whole counts under ten ("two
   * vice-chairs"), as English style guides ask; tables, charts and key figures keep digits.
   */
  prose?: boolean;
}

export function formatQuantity({ value, unit, qualifier }: Quantity, lang: Locale, { prose = false }: FormatOptions = {}): string {
  const w = words[lang];
  const more = qualifier === 'more-than';
  if (w.system === 'thousands') {
    const lead = more ? w.more : '';
    if (unit === 'percent') return `${lead}${trim(value)}%`;
    if (unit !== 'yuan') return `${lead}${prose && Number.isInteger(value) && value < 10 ? w.small[value] : grouped(value)}`;
    const [scaled, word] = value >= 1e9 ? [value / 1e9, w.billion] : value >= 1e6 ? [value / 1e6, w.million] : [value, ''];
    return `${lead}${word ? trim(scaled) : grouped(scaled)}${word}${w.yuan}`;
  }
  if (unit === 'percent') return `${trim(value)}%${more ? w.percentMore : ''}`;
  if (unit === 'yuan') {
    const [scaled, scale] = value >= YI ? [value / YI, w.yi] : value >= WAN ? [value / WAN, w.wan] : [value, ''];
    // Money puts 余 before the scale: 20余万元, 1000余万元.
    return `${w.digits(Number(trim(scaled)))}${more ? w.more : ''}${scale}${w.yuan}`;
  }
  if (inWan(value)) {
    const scaled = value / WAN;
    // Counts put 余 after the scale: 5万余.
    const digits = w.bareWan && more && scaled === 1 ? '' : trim(scaled);
    return `${digits}${w.wan}${more ? w.more : ''}`;
  }
  return `${w.digits(value)}${more ? w.more : ''}`;
}

const compact = Object.fromEntries(
  locales.map((lang) => [lang, new Intl.NumberFormat(localeInfo[lang].tag, { notation: 'compact', maximumFractionDigits: 1 })]),
) as Record<Locale, Intl.NumberFormat>;

/** An axis tick: short, in the language's own large-number words (1万, 1만, 10K; 6亿, 6억, 600M). */
export function formatTick(value: number, lang: Locale): string {
  return compact[lang].format(value);
}

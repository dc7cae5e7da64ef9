import type { Figure } from '../schemas/figure';

/**
 * Figures as CSV, for anyone who wants the numbers themselves: one row per figure, the value as a plain
 * number with its qualifier spelled out, the labels in the three languages and the report's own sentence.
 */
const columns = ['id', 'chapter', 'value', 'qualifier', 'unit', 'label_zh', 'label_ko', 'label_en', 'source_zh'] as const;

const cell = (value: string | number) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function figuresCsv(figures: Figure[]): string {
  const rows = figures.map((f) => [f.id, f.chapter, f.value, f.qualifier, f.unit, f.label.zh, f.label.ko, f.label.en, f.source]);
  // A byte-order mark, so spreadsheet programs read the Chinese and Korean as UTF-8.
  return `\ufeff${[columns, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

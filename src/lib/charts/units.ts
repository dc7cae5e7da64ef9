import type { Locale } from '../../i18n/locales';
import type { Figure } from '../../schemas/figure';
import { formatQuantity } from '../numbers';

/**
 * A pictogram: one mark per person, vehicle or thousand women, grouped by figure in reading order, so
 * small counts (1 chair, 2, 4 and 1 vice-chairs) are seen as what they are. Columns are percent of the
 * width; rows are pixels.
 */
interface UnitMark {
  figure: string;
  cx: number;
  cy: number;
}

interface UnitGroup {
  id: string;
  label: string;
  value: string;
  marks: number;
  swatch: number;
}

export interface UnitLayout {
  marks: UnitMark[];
  groups: UnitGroup[];
  columns: number;
  radius: number;
  height: number;
}

/** Ten columns: the marks stay apart on a 320 px phone (about 26 px each), and tens are easy to count. */
const unitGeometry = { step: 26, radius: 9, maxColumns: 10 };

export function layoutUnits(figures: Figure[], lang: Locale, per = 1): UnitLayout {
  const groups = figures.map((figure, swatch) => {
    const marks = figure.value / per;
    if (!Number.isInteger(marks)) throw new Error(`${figure.id}: ${figure.value} is not a whole number of marks of ${per}`);
    return { id: figure.id, label: figure.label[lang], value: formatQuantity(figure, lang), marks, swatch };
  });
  const total = groups.reduce((sum, group) => sum + group.marks, 0);
  const columns = Math.min(unitGeometry.maxColumns, total);
  const marks: UnitMark[] = [];
  for (const group of groups) {
    for (let i = 0; i < group.marks; i++) {
      const n = marks.length;
      marks.push({
        figure: group.id,
        cx: ((n % columns) + 0.5) * (100 / columns),
        cy: Math.floor(n / columns) * unitGeometry.step + unitGeometry.step / 2,
      });
    }
  }
  return { marks, groups, columns, radius: unitGeometry.radius, height: Math.ceil(total / columns) * unitGeometry.step };
}

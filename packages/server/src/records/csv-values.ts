/** @module A record's field values as CSV cells and back, per field type, in the terms the form shows them. */
import { itemsNamed } from '@heng/engine';
import type { FieldDefinition, SelectOption } from '@heng/engine';
import type { ListedScore } from './list-scores.js';

// A cell starting with one of these is run as a formula by Excel: such text is exported behind
// an apostrophe (which Excel hides) and the apostrophe is dropped again on import.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a cell: behind an apostrophe when Excel would run it as a formula. */
const textCell = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** A decimal number as a person writes it (12, -0.5, 12.5, .5), optionally with an exponent. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** True when the field's values are fractions shown as percentages (0.85 shows as 85%). */
function isPercent(field: FieldDefinition): boolean {
  return field.type === 'percent' || ((field.type === 'formula' || field.type === 'lookup') && field.resultType === 'percent');
}

/**
 * `text` (a decimal, as {@link DECIMAL}) times 10^`places`, moved by its exponent rather than
 * multiplied, so the result is the double nearest to that decimal, with no float noise.
 *
 * @example
 * shifted('12.5', -2) // 0.125 (12.5 / 100 is 0.12500000000000003 nowhere)
 */
function shifted(text: string, places: number): number {
  const [mantissa = '', exponent = '0'] = text.toLowerCase().split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`) + 0;
}

/**
 * A percent field's fraction as the percentage the form shows, e.g. 0.125 → `12.5%`.
 *
 * @example
 * percentCell(0.85) // '85%'
 */
export function percentCell(value: number): string {
  return `${String(shifted(String(value), 2))}%`;
}

/**
 * A percent cell as the fraction stored: `85%` and `85` are both 85% (0.85), as the form enters
 * it; undefined when the cell is not a percentage.
 *
 * @example
 * percentValue('12.5%') // 0.125
 */
export function percentValue(cell: string): number | undefined {
  const text = cell.trim().replace(/[%％]$/, '').trim();
  if (!DECIMAL.test(text)) return undefined;
  const n = shifted(text, -2);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The id of the option a cell names: its id, else its label in either language (trimmed);
 * undefined when no option, or more than one, has that label.
 *
 * @example
 * optionOf([{ id: 'option_1', label: { en: 'Parts', 'zh-CN': '零部件' } }], '零部件') // 'option_1'
 */
export function optionOf(options: readonly SelectOption[], cell: string): string | undefined {
  const named = itemsNamed(options, cell);
  return named.length === 1 ? named[0]?.id : undefined;
}

/**
 * The CSV cell of a field's value: a percentage with `%` for a percent, option ids for a select
 * (joined by `;` for a multi select), JSON for a sub-table.
 *
 * @example
 * cellOf({ id: 'tags', type: 'multi_select', ... }, ['a', 'b']) // 'a;b'
 */
export function cellOf(field: FieldDefinition, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && isPercent(field)) return percentCell(value);
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (field.type === 'multi_select' && Array.isArray(value)) return value.join(';');
  return JSON.stringify(value);
}

/**
 * A record's score by one scorecard as two cells: the total, and the grade's code (guarded as text
 * is, like a select's option id); empty when it has none.
 *
 * @example
 * scoreCells({ total: 71.5, grade: 'B', label, color }) // ['71.5', 'B']
 */
export function scoreCells(score: ListedScore | null | undefined): [string, string] {
  return [score?.total == null ? '' : String(score.total), score?.grade == null ? '' : textCell(score.grade)];
}

/**
 * A field's value from its CSV cell; undefined for an empty cell. A select's option may be
 * named by its id or by its label in either language. A cell that is not of the field's type
 * (or names no option) is given as text, for the form's validation to report on its field.
 *
 * @example
 * valueOf({ id: 'annual_sales', type: 'money', ... }, '1000000') // 1000000
 * valueOf({ id: 'gross_margin', type: 'percent', ... }, '85%') // 0.85
 */
export function valueOf(field: FieldDefinition, cell: string): unknown {
  if (cell === '') return undefined;
  switch (field.type) {
    case 'number':
    case 'money': {
      const n = cell.trim() === '' ? Number.NaN : Number(cell);
      return Number.isFinite(n) ? n : cell;
    }
    case 'percent':
      return percentValue(cell) ?? cell;
    case 'boolean':
      return cell === 'true' ? true : cell === 'false' ? false : cell;
    case 'single_select':
      return optionOf(field.options, cell) ?? cell;
    case 'multi_select':
      return cell.split(';').map((s) => optionOf(field.options, s) ?? s.trim());
    case 'sub_table':
      try {
        return JSON.parse(cell) as unknown;
      } catch {
        return cell;
      }
    default:
      return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
  }
}

/** @module A record's field values as CSV cells and back, per field type. */
import type { FieldDefinition } from '@heng/engine';

// A cell starting with one of these is run as a formula by Excel: such text is exported behind
// an apostrophe (which Excel hides) and the apostrophe is dropped again on import.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The CSV cell of a field's value.
 *
 * @example
 * cellOf({ id: 'tags', type: 'multi_select', ... }, ['a', 'b']) // 'a;b'
 */
export function cellOf(field: FieldDefinition, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (field.type === 'multi_select' && Array.isArray(value)) return value.join(';');
  return JSON.stringify(value);
}

/**
 * A field's value from its CSV cell; undefined for an empty cell. A cell that is not of the
 * field's type is given as text, for the form's validation to report on its field.
 *
 * @example
 * valueOf({ id: 'annual_sales', type: 'money', ... }, '1000000') // 1000000
 */
export function valueOf(field: FieldDefinition, cell: string): unknown {
  if (cell === '') return undefined;
  switch (field.type) {
    case 'number':
    case 'money':
    case 'percent': {
      const n = cell.trim() === '' ? Number.NaN : Number(cell);
      return Number.isFinite(n) ? n : cell;
    }
    case 'boolean':
      return cell === 'true' ? true : cell === 'false' ? false : cell;
    case 'multi_select':
      return cell.split(';').map((s) => s.trim());
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

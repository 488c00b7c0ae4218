/** @module A record's field values as CSV cells and back, per field type, in the terms the form shows them. */
import { itemsNamed, yesNo } from '@heng/engine';
import type { FieldDefinition, SelectOption } from '@heng/engine';
import { FORMULA_START, nameOf, textCell } from './csv-names.js';
import type { CsvLang } from './csv-names.js';
import type { ListedScore } from './list-scores.js';
import { dayOf, groupedNumber } from './csv-excel.js';
import { subTableCell, subTableRows } from './csv-sub-tables.js';

/** The words a yes/no cell may be written in: true/false, yes/no or 是/否 (in any case). */
const YES_NO = new Map([true, false].flatMap((v) => [String(v), ...Object.values(yesNo(v))].map((w) => [w.toLowerCase(), v] as const)));

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
 * The CSV cell of a field's value: a percentage with `%` for a percent, a select's options (joined
 * by `;` for a multi select) and a yes/no in `lang`'s words (by id and as true/false without it),
 * a sub-table as a line per row of `label：value` pairs in `lang` (see `subTableCell`), JSON without it.
 *
 * @example
 * cellOf({ id: 'tags', type: 'multi_select', ... }, ['a', 'b'], undefined) // 'a;b'
 * cellOf({ id: 'lawsuit', type: 'boolean', ... }, true, 'zh-CN') // '是'
 */
export function cellOf(field: FieldDefinition, value: unknown, lang: CsvLang): string {
  if (value === undefined || value === null) return '';
  if (field.type === 'single_select' || field.type === 'multi_select') {
    const named = (id: unknown): string => {
      const option = field.options.find((o) => o.id === id);
      return option === undefined ? textCell(String(id)) : nameOf(field.options, option, lang);
    };
    if (Array.isArray(value)) return value.map(named).join(';');
    if (typeof value === 'string') return named(value);
  }
  if (typeof value === 'number' && isPercent(field)) return percentCell(value);
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'boolean') return lang === undefined ? String(value) : yesNo(value)[lang];
  if (typeof value === 'number') return String(value);
  if (field.type === 'sub_table' && lang !== undefined) return subTableCell(field, value, lang, (column, v) => cellOf(column, v, lang));
  return JSON.stringify(value);
}

/**
 * A record's score by one scorecard as two cells: the total, and the grade's code, followed in
 * `lang` by its label as a list shows it when that says more (guarded as text is); empty when it has none.
 *
 * @example
 * scoreCells({ total: 71.5, grade: 'B', label, color }, undefined) // ['71.5', 'B']
 * scoreCells({ total: 71.5, grade: 'B', label: { 'zh-CN': '良', en: 'Good' }, color }, 'zh-CN') // ['71.5', 'B · 良']
 */
export function scoreCells(score: ListedScore | null | undefined, lang: CsvLang): [string, string] {
  const label = lang === undefined ? undefined : score?.label?.[lang];
  const grade = score?.grade == null ? '' : textCell(label === undefined || label === score.grade ? score.grade : `${score.grade} · ${label}`);
  return [score?.total == null ? '' : String(score.total), grade];
}

/**
 * A field's value from its CSV cell; undefined for an empty cell. A select's option may be
 * named by its id or by its label in either language, a yes/no as true/false, yes/no or 是/否, a sub-table's
 * rows as JSON or as lines of `label：value` pairs, each value read as its column's (see `subTableRows`), an amount
 * as a spreadsheet shows it (5,000,000, ¥1,200.50) and a date year first with slashes or 年月日
 * (2015/3/18). A cell that is not of the field's type
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
      return Number.isFinite(n) ? n : (groupedNumber(cell) ?? cell);
    }
    case 'date':
      return dayOf(cell) ?? cell;
    case 'percent':
      return percentValue(cell) ?? cell;
    case 'boolean':
      return YES_NO.get(cell.trim().toLowerCase()) ?? cell;
    case 'single_select':
      return optionOf(field.options, cell) ?? cell;
    case 'multi_select':
      return cell.split(';').map((s) => optionOf(field.options, s) ?? s.trim());
    case 'sub_table': {
      const read = subTableRows(field, cell, valueOf);
      return 'rows' in read ? read.rows : cell;
    }
    default:
      return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
  }
}

/**
 * `row` with each text cell of `fields` that `idOf` reads as an id (a user's e-mail, a record's
 * title) replaced by it; a cell it cannot read is kept, for the form's validation to report.
 *
 * @example
 * cellsAsIds({ sales_owner: 'zhou@demo.heng.test' }, [salesOwner], idOfUser) // { sales_owner: 'u_1' }
 */
export function cellsAsIds<F extends FieldDefinition>(row: Readonly<Record<string, unknown>>, fields: readonly F[], idOf: (field: F, cell: string) => string | undefined): Record<string, unknown> {
  const out = { ...row };
  for (const f of fields) {
    const cell = row[f.id];
    if (typeof cell === 'string') out[f.id] = idOf(f, cell) ?? cell;
  }
  return out;
}

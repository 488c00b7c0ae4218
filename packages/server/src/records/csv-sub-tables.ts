/**
 * @module A sub-table's rows in one CSV cell, in people's words: one row per line, each row its
 * columns as `label：value` pairs joined by `；` (`Label: value; Label: value` in English). In a
 * value, `\` escapes a `;`, a `；`, a line break (`\n`, `\r`) and itself; a colon needs no escape
 * (a pair's label ends at its first colon). Rows are split only by line breaks (Alt+Enter in Excel).
 */
import { itemsNamed } from '@heng/engine';
import type { FieldDefinition, LocalizedText, SubTableField } from '@heng/engine';
import { nameOf } from './csv-names.js';

type Lang = keyof LocalizedText;

const SEPARATOR: Record<Lang, { readonly colon: string; readonly semicolon: string; readonly list: string }> = {
  'zh-CN': { colon: '：', semicolon: '；', list: '、' },
  en: { colon: ': ', semicolon: '; ', list: ', ' },
};
const ESCAPED = /[\\;；\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', ';': '\\;', '；': '\\；', '\n': '\\n', '\r': '\\r' };
/** A column's name that would not read back as one name, or makes the cell read as JSON: the column is named by its id. */
const UNSAFE_NAME = /^\[|[:：；\\\n\r]/;

const rowsOf = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null && !Array.isArray(r)) : []);

/** The columns a cell's rows fill: all but formulas, which are computed again. */
const writable = (field: SubTableField): FieldDefinition[] => field.columns.filter((c) => c.type !== 'formula');

/** How a column is named in a cell: as `nameOf` names it, or by its id when that holds a separator or starts with `[`. */
function columnName(field: SubTableField, column: FieldDefinition, lang: Lang): string {
  const name = nameOf(field.columns, column, lang);
  return UNSAFE_NAME.test(name) ? column.id : name;
}

/**
 * The rows of a sub-table as one cell in `lang`: a line per row, its non-empty columns as
 * `label：value` pairs, each value as `cell` writes it (a row's own `id` left out).
 *
 * @example
 * subTableCell(contacts, [{ name: '张三', phone: '138' }, { name: 'Li; Ann' }], 'zh-CN', cell) // '姓名：张三；电话：138\n姓名：Li\\; Ann'
 */
export function subTableCell(field: SubTableField, value: unknown, lang: Lang, cell: (column: FieldDefinition, value: unknown) => string): string {
  const sep = SEPARATOR[lang];
  return rowsOf(value)
    .map((row) =>
      field.columns
        .map((c) => [c, cell(c, row[c.id])] as const)
        .filter(([, text]) => text !== '')
        .map(([c, text]) => `${columnName(field, c, lang)}${sep.colon}${text.replace(ESCAPED, (ch) => ESCAPES[ch] ?? ch)}`)
        .join(sep.semicolon),
    )
    .join('\n');
}

/** Why one line of a sub-table cell does not read: a pair without a label, or a label that names no column or several. */
export interface UnreadLine {
  readonly line: number;
  readonly text: string;
  readonly label?: string;
}

/** `text` split at its unescaped `;` and `；`, each part's escapes kept. */
function pairsOf(text: string): string[] {
  const out: string[] = [];
  let part = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (ch === '\\' && i + 1 < text.length) {
      part += ch + (text[i + 1] ?? '');
      i += 1;
    } else if (ch === ';' || ch === '；') {
      out.push(part);
      part = '';
    } else part += ch;
  }
  return [...out, part].filter((p) => p.trim() !== '');
}

/** What an escape stands for: only those the export writes; any other backslash is kept as typed (a path such as D:\data\2024). */
const UNESCAPES: Record<string, string> = { '\\': '\\', ';': ';', '；': '；', n: '\n', r: '\r' };
const unescape = (text: string): string => text.replace(/\\([\s\S])/g, (both: string, ch: string) => UNESCAPES[ch] ?? both);

/**
 * A sub-table cell's rows, each column's value as `value` reads its text: JSON when the cell
 * starts with `[` (as the API takes it), else one row per non-blank line of `label：value` pairs
 * (a label in either language, or a column id; `:` and `;` do as well as `：` and `；`), formula
 * columns ignored. The first line that does not read, when one does not.
 *
 * @example
 * subTableRows(contacts, '姓名：张三；电话：138\nName: Li', valueOf) // { rows: [{ name: '张三', phone: '138' }, { name: 'Li' }] }
 * subTableRows(contacts, '张三 138', valueOf) // { unread: { line: 1, text: '张三 138' } }
 */
export function subTableRows(field: SubTableField, cell: string, value: (column: FieldDefinition, text: string) => unknown): { rows: unknown } | { unread: UnreadLine } {
  if (cell.trim().startsWith('[')) {
    try {
      return { rows: JSON.parse(cell) as unknown };
    } catch {
      return { rows: cell };
    }
  }
  const rows: Record<string, unknown>[] = [];
  for (const [i, line] of cell.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const row: Record<string, unknown> = {};
    for (const pair of pairsOf(line)) {
      const colon = pair.search(/[:：]/);
      const label = colon < 0 ? undefined : pair.slice(0, colon).trim();
      const [column, ...more] = label === undefined ? [] : itemsNamed(field.columns, label);
      if (column === undefined || more.length > 0) return { unread: { line: i + 1, text: line.trim(), ...(label === undefined ? {} : { label }) } };
      const read = column.type === 'formula' ? undefined : value(column, unescape(pair.slice(colon + 1).trim()));
      if (read !== undefined) row[column.id] = read;
    }
    rows.push(row);
  }
  return { rows };
}

/**
 * The problem of a sub-table cell whose line does not read, in both languages: which line, why,
 * and how to write it, with an example of the sub-table's own columns (its values taken from the
 * line's words, in order, when the line has no labels).
 *
 * @example
 * unreadLine(contacts, { line: 1, text: '张三 13800138000' }).messageZh
 * // '联系人第 1 行明细 "张三 13800138000" 没有列名：每行明细写成 "列名：值"，用 "；" 隔开，多行明细各占一行（单元格内换行），如 姓名：张三；电话：13800138000。可用列：姓名、电话。'
 */
export function unreadLine(field: SubTableField, unread: UnreadLine): { message: string; messageZh: string } {
  const columns = writable(field);
  // A line of bare values (张三 13800138000) shows how it reads with labels: its words in the columns' order.
  const words = /[:：]/.test(unread.text) ? [] : unread.text.split(/[\s,，、;；]+/).filter((w) => w !== '');
  const example = (lang: Lang): string => {
    const shown = words.length > 0 ? columns.slice(0, words.length) : columns.slice(0, 2);
    return shown.map((c, i) => `${columnName(field, c, lang)}${SEPARATOR[lang].colon}${words[i] ?? '…'}`).join(SEPARATOR[lang].semicolon);
  };
  const names = (lang: Lang): string => columns.map((c) => columnName(field, c, lang)).join(SEPARATOR[lang].list);
  const { line, text, label } = unread;
  const why = {
    en: label === undefined ? 'has no column name' : `names no single column "${label}"`,
    zh: label === undefined ? '没有列名' : `中的 "${label}" 不是该子表的列（或同时是多列的名称）`,
  };
  return {
    message: `${field.label.en} line ${line} "${text}" ${why.en}: write each row as "Column: value" pairs separated by ";", one row per line (a line break within the cell), e.g. ${example('en')}. Columns: ${names('en')}.`,
    messageZh: `${field.label['zh-CN']}第 ${line} 行明细 "${text}" ${why.zh}：每行明细写成 "列名：值"，用 "；" 隔开，多行明细各占一行（单元格内换行），如 ${example('zh-CN')}。可用列：${names('zh-CN')}。`,
  };
}

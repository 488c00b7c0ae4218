/** @module A CSV file read in the browser for the import preview, and the server's problems placed on its rows and header. */
import { fieldAccess, isComputed, itemsNamed, parseCsv, parsePointer } from '@heng/engine';
import type { FieldDefinition, LocalizedText, Problem } from '@heng/engine';

/** The file as a table: its first line (field ids or labels) and the rows under it; or the line where it stops being CSV. */
export type CsvPreview = { readonly header: string[]; readonly rows: string[][] } | { readonly error: { readonly line: number } };

/**
 * Reads CSV text with the parser the server's import uses (RFC 4180: quoted cells, CRLF or LF,
 * a BOM dropped, blank lines skipped), so the preview shows the rows the server will number.
 *
 * @example
 * readCsv('company_name,industry\r\n"Minjiang, Ltd",steel\n') // { header: ['company_name', 'industry'], rows: [['Minjiang, Ltd', 'steel']] }
 */
export function readCsv(text: string): CsvPreview {
  const read = parseCsv(text);
  if ('error' in read) return read;
  const [header = [], ...rows] = read.rows;
  return { header, rows };
}

/** A cell of a CSV line: quoted when it holds a comma, a quote or a line break (RFC 4180). */
const csvCell = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * An empty file to fill in: the header line of the fields `roles` may write (computed ones left
 * out), by their labels in `lang`, with a BOM so Excel reads the Chinese; and the labels of those
 * that are required.
 *
 * @example
 * importTemplate(customer.fields, ['finance_director'], 'zh-CN') // { csv: '\ufeff企业名称,统一社会信用代码,…\r\n', required: ['企业名称', …] }
 */
export function importTemplate(fields: readonly FieldDefinition[], roles: readonly string[], lang: keyof LocalizedText): { csv: string; required: string[] } {
  const columns = fields.filter((f) => !isComputed(f) && fieldAccess(f, roles) === 'write');
  return { csv: `\ufeff${columns.map((f) => csvCell(f.label[lang])).join(',')}\r\n`, required: columns.filter((f) => f.required === true).map((f) => f.label[lang]) };
}

/** The encodings a CSV file is read in: UTF-8, else the one Excel on Chinese Windows saves "CSV (逗号分隔)" in. */
export type CsvEncoding = 'utf-8' | 'gb18030';

/**
 * A CSV file's text: UTF-8 when its bytes are (a BOM dropped), else GB18030, the superset of GBK
 * that Excel on Chinese Windows writes; and which of the two it was, for the page to say.
 *
 * @example
 * decodeCsv(new Uint8Array([0xc6, 0xf3, 0xd2, 0xb5])) // { text: '企业', encoding: 'gb18030' }
 */
export function decodeCsv(bytes: ArrayBuffer | Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** An import's problems by where they belong: a data row (counted from 1 under the header), a header column, or the file. */
export interface ImportProblems {
  readonly rows: ReadonlyMap<number, readonly Problem[]>;
  readonly header: ReadonlyMap<number, readonly Problem[]>;
  readonly file: readonly Problem[];
}

/**
 * Sorts the problems of a refused import (`/rows/3/annual_sales`, `/header/2`) onto rows and columns.
 *
 * @example
 * importProblems(error.problems).rows.get(3) // the problems of the third data row
 */
export function importProblems(problems: readonly Problem[]): ImportProblems {
  const rows = new Map<number, Problem[]>();
  const header = new Map<number, Problem[]>();
  const file: Problem[] = [];
  for (const p of problems) {
    const [where, n] = parsePointer(p.path);
    const index = Number(n);
    const target = where === 'rows' ? rows : where === 'header' ? header : undefined;
    if (target === undefined || !Number.isInteger(index)) file.push(p);
    else target.set(index, [...(target.get(index) ?? []), p]);
  }
  return { rows, header, file };
}

const isIdColumn = (cell: string): boolean => cell.trim() === 'id';

/**
 * Whether the file has an `id` column (an exported file does): the import ignores it, so every row
 * becomes a new record and no existing record is updated.
 *
 * @example
 * hasIdColumn(['id', '供应商名称']) // true
 */
export const hasIdColumn = (header: readonly string[]): boolean => header.some(isIdColumn);

/**
 * The preview's rows, numbered from 1 under the header: all of them, or only those with problems
 * when asked and there are some (a passed check or a refused header leaves every row shown).
 *
 * @example
 * previewRows([['a'], ['b']], importProblems(problems), true) // [{ n: 2, cells: ['b'] }] when row 2 has a problem
 */
export function previewRows(rows: readonly string[][], problems: ImportProblems, onlyProblems: boolean): { n: number; cells: string[] }[] {
  const numbered = rows.map((cells, i) => ({ n: i + 1, cells }));
  return onlyProblems && problems.rows.size > 0 ? numbered.filter((r) => problems.rows.has(r.n)) : numbered;
}

/**
 * The field each header cell names, as the server's import reads it: a field's id, else the one
 * field with that label in either language (trimmed); undefined for `id`, an unknown name, or a
 * label two fields share (the server's check says which).
 *
 * @example
 * headerFields(form.fields, ['供应商名称', 'category']) // [supplier_name's field, category's field]
 */
export function headerFields(fields: readonly FieldDefinition[], header: readonly string[]): (FieldDefinition | undefined)[] {
  return header.map((cell) => {
    if (isIdColumn(cell)) return undefined;
    const named = itemsNamed(fields, cell);
    return named.length === 1 ? named[0] : undefined;
  });
}

/**
 * The columns of `header` an import fills itself, so their cells are not read: a formula's (computed
 * again) and an auto number's (each new record numbered), as the server's import passes them over.
 *
 * @example
 * computedColumns(orderFields, ['订单编号', '金额']) // [order_no's field]
 */
export function computedColumns(fields: readonly FieldDefinition[], header: readonly string[]): FieldDefinition[] {
  return headerFields(fields, header).filter((f): f is FieldDefinition => f !== undefined && (f.type === 'formula' || f.type === 'serial'));
}

const PAIR: Record<keyof LocalizedText, { readonly colon: string; readonly semicolon: string }> = { 'zh-CN': { colon: '：', semicolon: '；' }, en: { colon: ': ', semicolon: '; ' } };

/** How a sub-table's cell is written: which sub-table, and one row of it. */
export interface SubTableExample {
  /** The sub-table's id, and its label. */
  readonly id: string;
  readonly field: string;
  readonly example: string;
}

/**
 * How the cell of each of the form's sub-tables is written, for the import page's help: one row
 * as the server reads it, its first columns as `label：value` pairs joined by `；` (`: ` and `; `
 * in English), a select's value its first option, another's `…`; empty when the form has none.
 *
 * @example
 * subTableExamples(supplier.fields, 'zh-CN') // [{ field: '联系人', example: '姓名：…；电话：…；角色：老板' }]
 */
export function subTableExamples(fields: readonly FieldDefinition[], lang: keyof LocalizedText): SubTableExample[] {
  const { colon, semicolon } = PAIR[lang];
  const value = (c: FieldDefinition): string => (c.type === 'single_select' || c.type === 'multi_select' ? (c.options[0]?.label[lang] ?? '…') : '…');
  return fields.flatMap((table) =>
    table.type === 'sub_table'
      ? [{ id: table.id, field: table.label[lang], example: table.columns.filter((c) => c.type !== 'formula').slice(0, 3).map((c) => `${c.label[lang]}${colon}${value(c)}`).join(semicolon) }]
      : [],
  );
}

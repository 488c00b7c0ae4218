/** @module A CSV file read in the browser for the import preview, and the server's problems placed on its rows and header. */
import { itemsNamed, parseCsv, parsePointer } from '@heng/engine';
import type { FieldDefinition, Problem } from '@heng/engine';

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
    if (cell.trim() === 'id') return undefined;
    const named = itemsNamed(fields, cell);
    return named.length === 1 ? named[0] : undefined;
  });
}

/** @module A CSV file read in the browser for the import preview, and the server's problems placed on its rows and header. */
import { parsePointer } from '@heng/engine';
import type { Problem } from '@heng/engine';

/** The file as a table: its first line (field ids) and the rows under it; or the line where it stops being CSV. */
export type CsvPreview = { readonly header: string[]; readonly rows: string[][] } | { readonly error: { readonly line: number } };

const BOM = '\uFEFF';

/**
 * Reads CSV text as the server's import does (RFC 4180: quoted cells, CRLF or LF, a BOM dropped,
 * blank lines skipped), so the preview shows the rows the server will number.
 *
 * @example
 * readCsv('company_name,industry\r\n"Minjiang, Ltd",steel\n') // { header: ['company_name', 'industry'], rows: [['Minjiang, Ltd', 'steel']] }
 */
export function readCsv(text: string): CsvPreview {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let line = 1;
  const endRow = (): void => {
    row.push(value);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    value = '';
  };
  for (let i = 0; i < src.length; i += 1) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        value += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else {
        value += ch;
        if (ch === '\n') line += 1;
      }
    } else if (ch === '"') {
      if (value !== '') return { error: { line } };
      quoted = true;
    } else if (ch === ',') {
      row.push(value);
      value = '';
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      if (ch === '\r' && src[i + 1] === '\n') i += 1;
      line += 1;
    } else value += ch;
  }
  if (quoted) return { error: { line } };
  if (value !== '' || row.length > 0) endRow();
  const [header = [], ...data] = rows;
  return { header, rows: data };
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

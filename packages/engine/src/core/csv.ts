/** @module CSV in and out (RFC 4180): quoted cells, CRLF rows, a BOM so Excel reads Chinese as UTF-8; shared by the server's import/export and the designer's preview. */

const BOM = '\uFEFF';

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * CSV text of rows of cells, with a BOM and CRLF line ends (what Excel expects).
 *
 * @example
 * toCsv([['id', 'name'], ['1', 'Acme, Ltd']]) // '\uFEFFid,name\r\n1,"Acme, Ltd"\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((r) => r.map(cell).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}

/** Parsed CSV, or where it stops being CSV. */
export type CsvResult = { readonly rows: string[][] } | { readonly error: { readonly line: number } };

/**
 * The rows of CSV text (a leading BOM dropped, blank lines skipped); an error with its line
 * when a quoted cell is never closed or a quote stands inside an unquoted cell.
 *
 * @example
 * parseCsv('a,b\r\n"x, y",2\n') // { rows: [['a', 'b'], ['x, y', '2']] }
 */
export function parseCsv(text: string): CsvResult {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let line = 1;
  let i = 0;
  const endRow = (): void => {
    row.push(value);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    value = '';
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else value += ch;
      if (ch === '\n') line += 1;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (value !== '') return { error: { line } };
      quoted = true;
    } else if (ch === ',') {
      row.push(value);
      value = '';
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      if (ch === '\r' && src[i + 1] === '\n') i += 1;
      line += 1;
    } else {
      value += ch;
    }
    i += 1;
  }
  if (quoted) return { error: { line } };
  if (value !== '' || row.length > 0) endRow();
  return { rows };
}

/**
 * @module The values of a list API's `in` filter in one query parameter: separated by commas, a
 * comma or backslash inside a value escaped with a backslash (`a\,b`), so any text round-trips.
 */

/**
 * The values as one `in` parameter.
 *
 * @example
 * joinValueList(['steel', 'Zhou, Wu & Co.']) // 'steel,Zhou\\, Wu & Co.'
 */
export function joinValueList(values: readonly string[]): string {
  return values.map((v) => v.replace(/[\\,]/g, (c) => `\\${c}`)).join(',');
}

/**
 * The values of one `in` parameter. A backslash escapes only a comma or a backslash; before any
 * other character, or last, it is itself (so a value written before escaping reads as it did).
 *
 * @example
 * splitValueList('steel,Zhou\\, Wu & Co.') // ['steel', 'Zhou, Wu & Co.']
 * splitValueList('C:\\temp') // ['C:\\temp']
 */
export function splitValueList(raw: string): string[] {
  const values: string[] = [];
  let value = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    const next = raw[i + 1];
    if (c === '\\' && (next === ',' || next === '\\')) {
      value += next;
      i++;
    } else if (c === ',') {
      values.push(value);
      value = '';
    } else {
      value += c;
    }
  }
  values.push(value);
  return values;
}

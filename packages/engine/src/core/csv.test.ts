import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv.js';

describe('csv', () => {
  it('quotes what needs quoting and reads it back', () => {
    const text = toCsv([['id', 'name'], ['1', 'Acme, "Steel"\r\nLtd'], ['2', '钢铁']]);
    expect(text).toBe('\uFEFFid,name\r\n1,"Acme, ""Steel""\r\nLtd"\r\n2,钢铁\r\n');
    expect(parseCsv(text)).toEqual({ rows: [['id', 'name'], ['1', 'Acme, "Steel"\r\nLtd'], ['2', '钢铁']] });
  });

  it('reads LF files, skips blank lines and keeps empty cells', () => {
    expect(parseCsv('a,b\n\n1,\n,2')).toEqual({ rows: [['a', 'b'], ['1', ''], ['', '2']] });
  });

  it('reports the line of broken quoting', () => {
    expect(parseCsv('a,b\n1,"open\n2,3')).toEqual({ error: { line: 3 } });
    expect(parseCsv('a,b\nx"y,1')).toEqual({ error: { line: 2 } });
  });

  it('round-trips any table of non-empty rows', () => {
    const row = fc.array(fc.string(), { minLength: 2, maxLength: 4 });
    fc.assert(fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
      expect(parseCsv(toCsv(rows))).toEqual({ rows });
    }));
  });
});

import { describe, expect, it } from 'vitest';
import { json } from './port.js';
import { parseInt8, parseTimestamp, serializers, toDriverParams, OID } from './values.js';

describe('parseTimestamp', () => {
  it('turns any offset into UTC with milliseconds', () => {
    expect(parseTimestamp('2024-05-01 10:00:00+08')).toBe('2024-05-01T02:00:00.000Z');
    expect(parseTimestamp('2024-05-01 10:00:00.5-03:30')).toBe('2024-05-01T13:30:00.500Z');
    expect(parseTimestamp('2024-12-31 23:59:59.999999+00')).toBe('2024-12-31T23:59:59.999Z');
    expect(parseTimestamp('1850-01-01 00:00:00+00:53:28')).toBe('1849-12-31T23:06:32.000Z');
  });

  it('keeps a timestamp without zone without one', () => {
    expect(parseTimestamp('0042-03-04 05:06:07.08')).toBe('0042-03-04T05:06:07.080');
  });

  it('leaves what it cannot place exactly as PostgreSQL printed it', () => {
    expect(parseTimestamp('infinity')).toBe('infinity');
    expect(parseTimestamp('0044-03-15 12:00:00+00 BC')).toBe('0044-03-15 12:00:00+00 BC');
  });
});

describe('values in and out', () => {
  it('keeps int8 a number only while it is exact', () => {
    expect(parseInt8('-9007199254740991')).toBe(-9007199254740991);
    expect(parseInt8('9007199254740992')).toBe('9007199254740992');
  });

  it('makes parameters plain, JSON where asked', () => {
    const at = new Date('2024-01-01T00:00:00.000Z');
    expect(toDriverParams(['s', 1, 2n, true, null, at, json(['a']), ['x', 'y'], { k: [1] }])).toEqual([
      's', 1, '2', 'true', null, '2024-01-01T00:00:00.000Z', '["a"]', ['x', 'y'], '{"k":[1]}',
    ]);
  });

  it('refuses undefined and class instances instead of guessing', () => {
    expect(() => toDriverParams([undefined as never])).toThrow(/\$1 is undefined/);
    expect(() => toDriverParams(['ok', new Map() as never])).toThrow(/\$2 is a Map/);
  });

  it('passes text on for the server to judge', () => {
    expect(serializers[OID.bool]!('maybe')).toBe('maybe');
    expect(serializers[OID.jsonb]!('{"a":1}')).toBe('{"a":1}');
    expect(serializers[OID.date]!('2024-02-30')).toBe('2024-02-30');
  });
});

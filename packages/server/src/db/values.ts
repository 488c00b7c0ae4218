/** @module How values cross the driver: one table of parsers and serializers shared by both adapters. */
import { JsonValue } from './port.js';
import type { SqlParam } from './port.js';

/** PostgreSQL type oids whose default handling differs between PGlite and postgres. */
export const OID = {
  bool: 16,
  int8: 20,
  json: 114,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
  numeric: 1700,
  jsonb: 3802,
} as const;

const stampRe = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:([+-])(\d\d)(?::?(\d\d))?(?::?(\d\d))?)?$/;

/**
 * A timestamp as PostgreSQL prints it (DateStyle ISO) → ISO 8601 with milliseconds: in UTC
 * with `Z` when it has an offset, without a zone when it has none. Values it cannot place
 * exactly (infinity, BC, years past 9999) come back as PostgreSQL printed them.
 */
export function parseTimestamp(text: string): string {
  const m = stampRe.exec(text);
  if (m === null) return text;
  const [, y, mo, d, h, mi, s, frac, sign, oh, om, os] = m;
  const ms = Number((frac ?? '').padEnd(3, '0').slice(0, 3));
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s), ms);
  if (sign === undefined) return date.toISOString().slice(0, -1);
  const offset = (Number(oh) * 3600 + Number(om ?? 0) * 60 + Number(os ?? 0)) * 1000;
  return new Date(date.getTime() - (sign === '-' ? -offset : offset)).toISOString();
}

/** int8 → number while it is exact, else the decimal string. */
export function parseInt8(text: string): number | string {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : text;
}

const identity = (text: string): string => text;

/** Result parsers by type oid, given to both drivers so rows come back the same. */
export const parsers: Readonly<Record<number, (text: string) => unknown>> = {
  [OID.bool]: (text) => text === 't',
  [OID.int8]: parseInt8,
  [OID.numeric]: identity,
  [OID.json]: (text) => JSON.parse(text) as unknown,
  [OID.jsonb]: (text) => JSON.parse(text) as unknown,
  [OID.date]: identity,
  [OID.timestamp]: parseTimestamp,
  [OID.timestamptz]: parseTimestamp,
};

const toText = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value));

/**
 * Parameter serializers by the type the server gave the parameter. Both drivers' defaults
 * judge strings themselves (one reads "maybe" as false, one throws in the client, one turns
 * a date string into a Date); these pass text on so PostgreSQL judges it and the error is
 * the same SQLSTATE on both.
 */
export const serializers: Readonly<Record<number, (value: unknown) => string>> = {
  [OID.bool]: (value) => (typeof value === 'boolean' ? (value ? 't' : 'f') : String(value)),
  [OID.json]: (value) => (typeof value === 'string' ? value : JSON.stringify(value)),
  [OID.jsonb]: (value) => (typeof value === 'string' ? value : JSON.stringify(value)),
  [OID.date]: toText,
  [OID.timestamp]: toText,
  [OID.timestamptz]: toText,
};

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Parameters as both drivers take them alike: the server infers each one's type from where
 * it stands, and the serializers above turn it into text.
 */
export function toDriverParams(params: readonly SqlParam[]): unknown[] {
  return params.map((p, i) => {
    if (p === undefined) throw new TypeError(`SQL parameter $${i + 1} is undefined: pass null for NULL.`);
    if (p === null || typeof p === 'string' || typeof p === 'number') return p;
    if (typeof p === 'boolean') return p ? 'true' : 'false';
    if (typeof p === 'bigint') return p.toString();
    if (p instanceof Date) return p.toISOString();
    if (p instanceof JsonValue) return JSON.stringify(p.value);
    if (Array.isArray(p)) return p;
    if (isPlainObject(p)) return JSON.stringify(p);
    throw new TypeError(`SQL parameter $${i + 1} is a ${p.constructor.name}: pass a plain value or json(value).`);
  });
}

/** @module What the record form works out without React: the form compiled, the record to check and send, the fields on screen. */
import { compileForm, isComputed, isEmpty, pointer, problem } from '@heng/engine';
import type { CompiledForm, FieldAccess, FieldDefinition, FieldType, FormDefinition, FormRecord, Problem } from '@heng/engine';
import { isoDate } from '../format/date.js';
import { en } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-cn.js';

/** A compiled form, or why the definition cannot be compiled (the designer's preview of a draft with problems). */
export type Compiled = { readonly ok: true; readonly form: CompiledForm } | { readonly ok: false; readonly reason: string };

/**
 * Compiles a form without throwing: a draft whose formulas do not compile yet gives the reason.
 *
 * @example
 * const c = compileSafely(customerCreditProfile); // { ok: true, form }
 */
export function compileSafely(def: FormDefinition): Compiled {
  try {
    return { ok: true, form: compileForm(def) };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Today in China (UTC+8), the calendar day the server checks records and computes formulas with.
 *
 * @example
 * todayInChina(new Date('2024-06-30T20:00:00Z')) // '2024-07-01'
 */
export function todayInChina(now: Date = new Date()): string {
  return isoDate(now, 'Asia/Shanghai');
}

const blank = (v: unknown): boolean => v === undefined || v === null || v === '';

/** A row's cells as stored, and its own `id` when it has one (rows keep their ids across edits). */
function cleanCells(columns: readonly FieldDefinition[], row: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof row !== 'object' || row === null) return out;
  const cells = row as Record<string, unknown>;
  if (typeof cells.id === 'string' && cells.id !== '') out.id = cells.id;
  for (const c of columns) {
    const v = cells[c.id];
    if (c.type !== 'formula' && !blank(v)) out[c.id] = v;
  }
  return out;
}

/**
 * The record the inputs hold, as the engine and the server take it: only the form's fields,
 * empty inputs left out, formula fields and columns left out (the engine computes them).
 *
 * @example
 * recordOf(form, { company_name: 'Minjiang', notes: '', debt_ratio: 0.4 }) // { company_name: 'Minjiang' }
 */
export function recordOf(def: FormDefinition, values: FormRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of def.fields) {
    const v = values[f.id];
    if (f.type === 'formula' || blank(v)) continue;
    out[f.id] = f.type === 'sub_table' && Array.isArray(v) ? v.map((row) => cleanCells(f.columns, row)) : v;
  }
  return out;
}

/**
 * The part of a record a user may send: the fields their roles may write. Creating a record
 * with a value in a read-only field (a default) is refused by the server, so it is left out.
 *
 * @example
 * writableOf({ name: 'A', credit_limit: 1 }, { name: 'write', credit_limit: 'read' }) // { name: 'A' }
 */
export function writableOf(record: FormRecord, access: Readonly<Record<string, FieldAccess>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([id]) => access[id] === 'write'));
}

/**
 * The access of each field on a new record's form: a field its roles may only read, that no one
 * has filled in (no default, nothing the page it was started from gave) and that is not computed,
 * is left off, since it could only show an empty box: the financials a salesperson's new customer
 * leaves to risk and finance.
 *
 * @example
 * newRecordAccess(customer, { company_name: 'write', annual_sales: 'read', credit_score: 'read' }, {}) // { company_name: 'write', annual_sales: 'hidden', credit_score: 'read' }
 */
export function newRecordAccess(def: FormDefinition, access: Readonly<Record<string, FieldAccess>>, record: FormRecord): Record<string, FieldAccess> {
  const out: Record<string, FieldAccess> = { ...access };
  for (const f of def.fields) if (access[f.id] === 'read' && !isComputed(f) && isEmpty(record[f.id])) out[f.id] = 'hidden';
  return out;
}

/**
 * The names of the inputs on screen, so a problem on one of them shows there and any other
 * above the form: visible fields the roles may see, and every cell of their sub-table rows.
 *
 * @example
 * shownNames(def, computed, access, isVisible) // Set { 'company_name', 'contacts', 'contacts.0.phone', … }
 */
export function shownNames(def: FormDefinition, computed: FormRecord, access: Readonly<Record<string, FieldAccess>>, isVisible: (id: string, r: FormRecord) => boolean): Set<string> {
  const out = new Set<string>();
  for (const f of def.fields) {
    if (access[f.id] === 'hidden' || !isVisible(f.id, computed)) continue;
    out.add(f.id);
    const rows = computed[f.id];
    if (f.type !== 'sub_table' || !Array.isArray(rows)) continue;
    rows.forEach((_, i) => f.columns.forEach((c) => out.add(`${f.id}.${i}.${c.id}`)));
  }
  return out;
}

/**
 * The values the inputs start with: the record given, or for a new one the form's defaults
 * with `defaults` on top.
 *
 * @example
 * initialValues(compiled, undefined, { sales_owner: 'u1' }) // { industry: 'manufacturing', sales_owner: 'u1' }
 */
export function initialValues(form: CompiledForm, value: FormRecord | undefined, defaults: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return value === undefined ? { ...form.initialRecord(), ...defaults } : { ...value };
}

/**
 * Whether `value` is text typed into a number, money or percent input that is no number: the
 * input keeps it as typed (never dropped or cut to its digits) and it blocks saving until fixed.
 *
 * @example
 * isTypedText('money', 'abc') // true
 */
export function isTypedText(type: FieldType, value: unknown): boolean {
  return (type === 'number' || type === 'money' || type === 'percent') && typeof value === 'string' && value !== '';
}

/** The field types typed as numbers. */
export type NumericType = 'number' | 'money' | 'percent';

/**
 * The engine's problems with each number, money or percent input (or sub-table cell) holding
 * text that is no number told to type a number, as 120万 is understood, instead of what the
 * engine says of text in a number (to type 1234.56 without quotes).
 *
 * @example
 * withTypedText(def, { annual_sales: 'abc' }, problems) // [{ path: '/annual_sales', code: 'value.notANumber', … }]
 */
export function withTypedText(def: FormDefinition, values: FormRecord, problems: readonly Problem[]): Problem[] {
  const typed = new Map<string, NumericType>();
  for (const f of def.fields) {
    const v = values[f.id];
    if (isTypedText(f.type, v)) typed.set(pointer('', f.id), f.type as NumericType);
    if (f.type !== 'sub_table' || !Array.isArray(v)) continue;
    v.forEach((row: unknown, i) => {
      for (const c of f.columns) if (typeof row === 'object' && row !== null && isTypedText(c.type, (row as Record<string, unknown>)[c.id])) typed.set(pointer('', f.id, i, c.id), c.type as NumericType);
    });
  }
  if (typed.size === 0) return [...problems];
  const asked = [...typed].map(([path, type]) => problem(path, 'value.notANumber', en.runtime.form.notANumber[type], zhCN.runtime.form.notANumber[type]));
  return [...problems.filter((p) => !typed.has(p.path)), ...asked];
}

/** @module What formulas and conditions may refer to: the fields of a form, typed. */
import type { LocalizedText } from './localized.js';

/** How a value behaves in formulas and conditions. */
export type ValueKind = 'number' | 'text' | 'boolean' | 'date' | 'datetime' | 'list' | 'table';

/**
 * Each kind as a message names it, in both languages.
 *
 * @example
 * `The formula gives ${KIND_NAMES.text.en}` // 'The formula gives a text'
 */
export const KIND_NAMES: Readonly<Record<ValueKind, { readonly en: string; readonly zh: string }>> = {
  number: { en: 'a number', zh: '数字' },
  text: { en: 'a text', zh: '文本' },
  boolean: { en: 'a yes/no value', zh: '是/否' },
  date: { en: 'a date', zh: '日期' },
  datetime: { en: 'a date and time', zh: '日期时间' },
  list: { en: 'a multi-select list', zh: '多选列表' },
  table: { en: 'a sub-table', zh: '子表' },
};

/**
 * A field (or another fact, such as `score` or `amount`) that a formula or condition may name.
 * `type` is the form field type it came from (`money`, `percent`, `single_select`, ...).
 */
export interface FieldInfo {
  readonly id: string;
  readonly type: string;
  readonly kind: ValueKind;
  /** Option ids, for select fields. */
  readonly options?: readonly string[];
  /** Columns, for sub-tables. */
  readonly columns?: FieldCatalog;
  /** The form a reference field points at. */
  readonly target?: string;
  /** true for a field no one writes (formula, lookup, rollup): rules and approvers cannot set it. */
  readonly computed?: boolean;
  /** How the field or fact reads: a form field's label, a scorecard policy's name. */
  readonly label?: LocalizedText;
}

/** Fields by id. */
export type FieldCatalog = ReadonlyMap<string, FieldInfo>;

/** Builds a catalog from a list of fields. */
export function catalogOf(fields: Iterable<FieldInfo>): FieldCatalog {
  return new Map([...fields].map((f) => [f.id, f]));
}

/**
 * A catalog with extra facts on top (later wins), e.g. a scorecard's `score` and `grade`.
 *
 * @example
 * withFacts(formCatalog, [{ id: 'amount', type: 'money', kind: 'number' }])
 */
export function withFacts(base: FieldCatalog, extra: Iterable<FieldInfo>): FieldCatalog {
  return new Map([...base, ...[...extra].map((f) => [f.id, f] as const)]);
}

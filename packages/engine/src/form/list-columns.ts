/** @module Which fields a list of a form's records shows as columns. */
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { isId } from '../core/ids.js';
import { hint } from '../core/suggest.js';
import type { FieldCatalog, ValueKind } from '../core/catalog.js';
import type { FieldDefinition, FormDefinition } from './types.js';
import { fieldTypes } from './fields/index.js';

/** Field types too wide for a list column: long text and sub-tables are read on the record's page. */
const WIDE: ReadonlySet<string> = new Set(['long_text', 'sub_table']);

/** How many columns a list shows when the form names none. */
const DEFAULT_COUNT = 6;

/** How many columns a form may name. */
export const MAX_COLUMNS = 30;

/**
 * Whether a field can be a list column (not long text, not a sub-table).
 *
 * @example
 * fitsListColumn({ id: 'notes', type: 'long_text', label }) // false
 */
export function fitsListColumn(field: FieldDefinition): boolean {
  return !WIDE.has(field.type);
}

/**
 * The columns a list shows until its user picks their own: the form's `listColumns`, else (or
 * when the user sees none of them) its first six fields that fit a column. `shown` leaves out
 * fields the user may not see.
 *
 * @example
 * defaultListColumns(customer, (f) => access[f.id] !== 'hidden').map((f) => f.id) // ['company_name', 'credit_grade', …]
 */
export function defaultListColumns(form: FormDefinition, shown: (f: FieldDefinition) => boolean = () => true): FieldDefinition[] {
  const fits = (f: FieldDefinition | undefined): f is FieldDefinition => f !== undefined && fitsListColumn(f) && shown(f);
  const named = (form.listColumns ?? []).map((id) => form.fields.find((f) => f.id === id)).filter(fits);
  // A role that sees none of the form's columns still gets some.
  return named.length > 0 ? named : form.fields.filter(fits).slice(0, DEFAULT_COUNT);
}

/** How a list of fields the form names (`listColumns`, `summaryFields`) is spoken of in its problems. */
export interface NamedFieldsWords {
  readonly key: 'listColumns' | 'summaryFields';
  /** Most ids a form may name (the schema refuses more). */
  readonly max: number;
  /** The problem codes' stem: `form.list_column` → `form.list_column.unknown`, `.wide`. */
  readonly code: string;
  /** One of them, in a sentence: `List column`, `列表列`. */
  readonly en: string;
  readonly zh: string;
  /** Where a field too wide for it is read instead: `it is read on the record's page`, `可在记录页查看`. */
  readonly elsewhere: { readonly en: string; readonly zh: string };
}

/**
 * Problems with a list of fields the form names: an id that is not a field of the form, or a field
 * too wide to show in a column (long text, a sub-table).
 *
 * @example
 * checkNamedFields({ ...form, listColumns: ['company_nam'] }, LIST_COLUMNS) // [{ path: '/listColumns/0', code: 'form.list_column.unknown', ... }]
 */
export function checkNamedFields(def: FormDefinition, words: NamedFieldsWords): Problem[] {
  // Checked even when the schema refused the list: only what it lets through, ids and no more than it allows.
  const ids: unknown = def[words.key];
  const given: readonly unknown[] = Array.isArray(ids) ? ids.slice(0, words.max) : [];
  return given.flatMap((id, i) => {
    if (typeof id !== 'string' || !isId(id)) return [];
    const at = pointer(`/${words.key}`, i);
    const field = def.fields.find((f) => f.id === id);
    if (field === undefined) {
      const h = hint(id, def.fields.map((f) => f.id));
      return [problem(at, `${words.code}.unknown`, `${words.en} "${id}" is not a field of the form.${h.en} Remove it or pick a field.`, `${words.zh} "${id}" 不是本表单的字段。${h.zh}请删除或改选一个字段。`)];
    }
    if (!fitsListColumn(field)) {
      const type = fieldTypes[field.type].label;
      return [problem(at, `${words.code}.wide`, `"${field.label.en}" (${type.en.toLowerCase()}) is too wide for a ${words.en.toLowerCase()} (${words.elsewhere.en}): pick another field.`, `"${field.label['zh-CN']}"（${type['zh-CN']}）内容过长，不能作为${words.zh}（${words.elsewhere.zh}），请改选其他字段。`)];
    }
    return [];
  });
}

/** The list columns' words in their problems. */
const LIST_COLUMNS: NamedFieldsWords = { key: 'listColumns', max: MAX_COLUMNS, code: 'form.list_column', en: 'List column', zh: '列表列', elsewhere: { en: "it is read on the record's page", zh: '可在记录页查看' } };

/**
 * Problems with `listColumns`: an id that is not a field of the form, or a field too wide for a column.
 *
 * @example
 * checkListColumns({ ...form, listColumns: ['company_nam'] }) // [{ path: '/listColumns/0', code: 'form.list_column.unknown', ... }]
 */
export function checkListColumns(def: FormDefinition): Problem[] {
  return checkNamedFields(def, LIST_COLUMNS);
}

const SORTABLE_KINDS: ReadonlySet<ValueKind> = new Set(['number', 'text', 'date', 'datetime', 'boolean']);

/**
 * Whether a list can be sorted by values of `kind` (the server's sort keys, the designer's
 * sortable columns and a form's list order all go by it).
 *
 * @example
 * sortsBy('date') // true
 * sortsBy('list') // false
 */
export function sortsBy(kind: ValueKind): boolean {
  return SORTABLE_KINDS.has(kind);
}

/**
 * Problems with `listSort`: the field it names is one of the form's, and a list can be sorted by it.
 *
 * @example
 * checkListSort({ ...receivable, listSort: '-notes' }, catalog) // [{ path: '/listSort', code: 'form.list_sort.kind', ... }]
 */
export function checkListSort(def: FormDefinition, catalog: FieldCatalog): Problem[] {
  const given: unknown = def.listSort;
  if (typeof given !== 'string') return [];
  const id = given.replace(/^-/, '');
  const info = catalog.get(id);
  const field = def.fields.find((f) => f.id === id);
  if (info === undefined || field === undefined) {
    const h = hint(id, def.fields.map((f) => f.id));
    return [problem('/listSort', 'form.list_sort.unknown', `The list's order names field "${id}", which the form does not have.${h.en} Pick a field, or clear it.`, `列表排序指定的字段 "${id}" 不在本表单中。${h.zh}请改选字段，或清空。`)];
  }
  if (!sortsBy(info.kind)) {
    return [problem('/listSort', 'form.list_sort.kind', `A list cannot be sorted by "${field.label.en}": pick a number, text, date, date-time or yes/no field.`, `列表不能按 "${field.label['zh-CN']}" 排序：请选择数字、文本、日期、日期时间或是/否字段。`)];
  }
  return [];
}

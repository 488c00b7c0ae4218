/** @module Labels of chart groups and filter choices: option labels, user names, record names, buckets; in both languages. */
import { fieldAccess, labelFieldOf, optionsOf, yesNo } from '@heng/engine';
import type { CompiledDimension, FieldPath, FormDefinition, LocalizedText } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { jsonAt } from './sql-values.js';

/** The label of records without a value. */
export const EMPTY: LocalizedText = { en: '(empty)', 'zh-CN': '（空）' };

const same = (text: string): LocalizedText => ({ en: text, 'zh-CN': text });
const grouped = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

/** Who reads the labels, and where from. */
export interface LabelSource {
  readonly tx: Queryable;
  readonly tenantId: string;
  readonly userId: string;
  readonly forms: ReadonlyMap<string, FormDefinition>;
  readonly roles: readonly string[];
}

/**
 * The field a record is named by: its form's record title (`labelFieldOf`, as the designer names
 * it in pickers and links), when the caller may see it.
 *
 * @example
 * nameField(customerForm, ['salesperson']) // 'company_name'
 */
export function nameField(form: FormDefinition | undefined, roles: readonly string[]): string | undefined {
  const id = form === undefined ? undefined : labelFieldOf(form);
  const field = form?.fields.find((f) => f.id === id);
  return field === undefined || fieldAccess(field, roles) === 'hidden' ? undefined : field.id;
}

/** Labels of keys that are other records or users, read in one statement each. */
async function namesOf(src: LabelSource, path: FieldPath, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  if (path.info.type === 'user') {
    const rows = await src.tx.query<{ id: string; name: string }>('SELECT id, display_name AS name FROM users WHERE tenant_id = $1 AND id = ANY($2)', [src.tenantId, keys]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
  const target = path.info.target;
  const field = nameField(target === undefined ? undefined : src.forms.get(target), src.roles);
  if (path.info.type !== 'reference' || target === undefined || field === undefined) return new Map();
  const rows = await src.tx.query<{ id: string; name: string | null }>(`SELECT id, ${jsonAt('r', field).text} AS name FROM records r WHERE tenant_id = $1 AND form_id = $2 AND id = ANY($3)`, [src.tenantId, target, keys]);
  return new Map(rows.flatMap((r) => (r.name === null || r.name === '' ? [] : [[r.id, r.name] as const])));
}

/**
 * A label for every key of a field (or a dimension's buckets): `null` is "(empty)"; a month
 * `2024-03` stays; a quarter reads `2024 Q1` / `2024年第1季度`; a width bucket its range; a value
 * the dimension's `labels` name, that label; a select its option's label; yes/no; a user their
 * name; a record its name field; anything else itself.
 *
 * @example
 * const label = await labelsOf(src, { path: gradePath }, ['A', null]);
 * label('A') // { en: 'Good', 'zh-CN': '良好' }
 */
export async function labelsOf(src: LabelSource, dim: CompiledDimension, keys: readonly (string | null)[]): Promise<(key: string | null) => LocalizedText> {
  const { path, bucket } = dim;
  const field = src.forms.get(path.form)?.fields.find((f) => f.id === path.info.id);
  const options = new Map((field === undefined ? undefined : optionsOf(field))?.map((o) => [o.id, o.label]));
  const names = bucket === undefined ? await namesOf(src, path, keys.filter((k): k is string => k !== null)) : new Map<string, string>();
  return (key) => {
    if (key === null) return EMPTY;
    if (typeof bucket === 'object') return same(`${grouped(Number(key))} – ${grouped(Math.min(Number(key) + bucket.width, bucket.max ?? Infinity))}`);
    const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
    if (bucket === 'quarter' && quarter !== null) return { en: `${quarter[1]} Q${quarter[2]}`, 'zh-CN': `${quarter[1]}年第${quarter[2]}季度` };
    if (path.info.kind === 'boolean') return yesNo(key === 'true');
    return dim.labels?.[key] ?? options.get(key) ?? same(names.get(key) ?? key);
  };
}

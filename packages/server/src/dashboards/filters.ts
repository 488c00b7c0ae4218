/** @module A dashboard's filters: what each offers the caller to pick, and the values a data request picked. */
import { hint } from '@heng/engine';
import type { FieldPath, FormDefinition } from '@heng/engine';
import { validationFailed } from '../http/app-error.js';
import { Params } from '../records/list-keys.js';
import { rowAccessCondition } from '../records/row-access.js';
import type { FieldProblem } from '../http/app-error.js';
import { hiddenField } from './access.js';
import { graded, scaleOf } from './grades.js';
import { labelsOf, nameField } from './labels.js';
import type { LabelSource } from './labels.js';
import type { LoadedDashboard } from './load.js';
import { ranked } from './shape.js';
import { jsonAt, valueSql } from './sql-values.js';
import type { Choice, FilterKind, FilterView } from './types.js';

/** Most choices a filter lists; a field with more distinct values is better filtered by a select or a user. */
export const MAX_CHOICES = 500;

function kindOf(path: FieldPath): FilterKind {
  if (path.info.kind === 'boolean') return 'boolean';
  if (path.info.options !== undefined) return 'select';
  if (path.info.type === 'user') return 'user';
  return path.info.type === 'reference' ? 'record' : 'text';
}

/**
 * The keys a filter offers: options, yes/no, the target form's records, or the values in use.
 * A user filter offers the people its field names in the records (the salespeople who own
 * customers, not every user of the company), by name, whether still active or not.
 */
async function keysOf(src: LabelSource, path: FieldPath): Promise<string[]> {
  const kind = kindOf(path);
  if (kind === 'select') return [...path.info.options!];
  if (kind === 'boolean') return ['true', 'false'];
  // Records and values in use come from the records the caller reaches, so no name leaks past row access.
  const form = kind === 'record' ? (path.info.target ?? '') : path.form;
  const def = src.forms.get(form);
  if (def === undefined) return [];
  const params = new Params([src.tenantId, form]);
  const reach = rowAccessCondition(src.tenantId, def, src, (v) => params.add(v), 'r.id');
  if (kind === 'record') {
    const name = nameField(def, src.roles);
    const order = name === undefined ? 'id' : `${jsonAt('r', name).text}, id`;
    const rows = await src.tx.query<{ id: string }>(`SELECT id FROM records r WHERE tenant_id = $1 AND form_id = $2 AND deleted_at IS NULL AND ${reach} ORDER BY ${order} LIMIT ${MAX_CHOICES}`, params.values);
    return rows.map((r) => r.id);
  }
  const v = valueSql('r', path.info);
  const inUse = `SELECT DISTINCT ${v} AS v FROM records r WHERE r.tenant_id = $1 AND r.form_id = $2 AND r.deleted_at IS NULL AND ${v} IS NOT NULL AND ${reach}`;
  const sql = kind === 'user' ? `SELECT u.id AS v FROM users u WHERE u.tenant_id = $1 AND u.id IN (${inUse}) ORDER BY u.display_name, u.id LIMIT ${MAX_CHOICES}` : `${inUse} ORDER BY 1 LIMIT ${MAX_CHOICES}`;
  const rows = await src.tx.query<{ v: string }>(sql, params.values);
  return rows.map((r) => r.v);
}

/**
 * Each filter as the caller may use it: its label (its own, or its field's), how it is picked,
 * and its choices with labels; hidden, without choices, when its field is hidden from the caller.
 * A grade field's choices are its scorecard's grades in its order, best first, named by it, as a
 * chart of the field has them.
 *
 * @example
 * const views = await filterViews(src, loaded);
 * // [{ id: 'region', label: { en: 'Region', ... }, kind: 'select', hidden: false, choices: [{ key: 'east', label: { en: 'East China', ... } }, ...] }]
 */
export async function filterViews(src: LabelSource, loaded: Pick<LoadedDashboard, 'definition' | 'resolution' | 'grades'>): Promise<FilterView[]> {
  const out: FilterView[] = [];
  for (const f of loaded.definition.filters) {
    const path = loaded.resolution.filters.get(f.id);
    if (path === undefined) continue;
    const field = src.forms.get(path.form)?.fields.find((x) => x.id === path.info.id);
    const label = f.label ?? field?.label ?? path.info.label ?? { en: f.id, 'zh-CN': f.id };
    const hidden = hiddenField(path, path.form, src.forms, src.roles) !== undefined;
    let choices: Choice[] = [];
    if (!hidden) {
      const scale = scaleOf(path, src.forms, loaded.grades);
      const dim = graded({ path }, scale);
      const keys = scale === undefined ? await keysOf(src, path) : ranked(dim, await keysOf(src, path));
      const labelOf = await labelsOf(src, dim, keys);
      choices = keys.map((key) => ({ key, label: labelOf(key) }));
    }
    out.push({ id: f.id, label, kind: kindOf(path), hidden, choices });
  }
  return out;
}

const FILTER_KEY = /^filter\[([^\][]+)\]$/;

const bad = (name: string, en: string, zh: string): FieldProblem => ({ path: `/query/${name}`, code: 'query.invalid', message: en, messageZh: zh });

/**
 * The values of `filter[id]=value` parameters, by filter id: a select's option id, `true` or
 * `false` for yes/no, a user or record id, or a text. An empty value picks nothing. 422 with
 * every problem: an unknown filter (or one whose field is hidden from the caller), a value that
 * is not an option or not yes/no.
 *
 * @example
 * chosenFilters([['filter[region]', 'east']], paths, forms, roles) // Map { 'region' => 'east' }
 */
export function chosenFilters(entries: readonly [string, string][], paths: ReadonlyMap<string, FieldPath>, forms: ReadonlyMap<string, FormDefinition>, roles: readonly string[]): Map<string, string | boolean> {
  const problems: FieldProblem[] = [];
  const out = new Map<string, string | boolean>();
  const usable = new Map([...paths].filter(([, p]) => hiddenField(p, p.form, forms, roles) === undefined));
  for (const [name, raw] of entries) {
    if (!name.startsWith('filter')) continue;
    const id = FILTER_KEY.exec(name)?.[1] ?? '';
    const path = usable.get(id);
    if (path === undefined) {
      const h = hint(id, [...usable.keys()]);
      problems.push(bad(name, `This dashboard has no filter "${id}" you can use.${h.en}`, `此看板没有您可用的筛选 "${id}"。${h.zh}`));
      continue;
    }
    if (raw === '') continue;
    const options = path.info.options;
    if (path.info.kind === 'boolean') {
      if (raw === 'true' || raw === 'false') out.set(id, raw === 'true');
      else problems.push(bad(name, `${name} must be true or false; got "${raw}".`, `${name} 应为 true 或 false；收到 "${raw}"。`));
    } else if (options !== undefined && !options.includes(raw)) {
      const h = hint(raw, options);
      problems.push(bad(name, `"${raw}" is not an option of filter "${id}".${h.en}`, `"${raw}" 不是筛选 "${id}" 的选项。${h.zh}`));
    } else if (raw.length > 200) {
      problems.push(bad(name, `${name} is longer than 200 characters: pick one of the filter's choices.`, `${name} 超过 200 个字符：请从筛选的选项中选择。`));
    } else out.set(id, raw);
  }
  if (problems.length > 0) throw validationFailed(problems);
  return out;
}

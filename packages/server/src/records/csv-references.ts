/** @module References in CSV cells: an export in people's words names a record by its title when that names it alone, an import reads a title (or an id) back as the record's id. */
import { inSentence } from '@heng/engine';
import type { FieldDefinition, FormDefinition, ReferenceField } from '@heng/engine';
import { nameField } from '../dashboards/labels.js';
import { jsonAt } from '../dashboards/sql-values.js';
import type { Queryable } from '../db/port.js';
import { compiledDefinitions } from '../definitions/compiled-cache.js';
import type { FieldProblem } from '../http/app-error.js';
import { cellsAsIds } from './csv-values.js';
import { latestForm } from './form.js';
import { reaches } from './row-access.js';
import type { RowReader } from './row-access.js';

type Who = RowReader & { readonly tenantId: string };

/** A live record `who` reaches, with its title (trimmed; null when its form has none they see). */
interface Titled {
  readonly id: string;
  readonly title: string | null;
}

const isReference = (f: FieldDefinition): f is ReferenceField => f.type === 'reference';

/** The text cells or values (trimmed) `rows` hold in the reference fields of each target form they name any record of. */
function keysByTarget(fields: readonly FieldDefinition[], rows: readonly Readonly<Record<string, unknown>>[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const field of fields.filter(isReference)) {
    for (const row of rows) {
      const v = row[field.id];
      if (typeof v === 'string' && v.trim() !== '') out.set(field.target, (out.get(field.target) ?? new Set<string>()).add(v.trim()));
    }
  }
  return out;
}

/** The live records of form `target` that `who` reaches whose id or title is one of `keys`, in one query. */
async function titled(tx: Queryable, who: Who, target: string, keys: readonly string[]): Promise<{ form: FormDefinition; records: Titled[] }> {
  const form = (await latestForm(tx, compiledDefinitions, who.tenantId, target)).compiled.definition;
  const field = nameField(form, who.roles);
  const title = field === undefined ? 'NULL' : `btrim(${jsonAt('r', field).text})`;
  const rows =
    keys.length === 0
      ? []
      : await tx.query<Titled & { data: Record<string, unknown> }>(
          `SELECT r.id, ${title} AS title, r.data FROM records r WHERE r.tenant_id = $1 AND r.form_id = $2 AND r.deleted_at IS NULL AND (r.id = ANY($3::text[]) OR ${title} = ANY($3::text[])) ORDER BY r.id`,
          [who.tenantId, target, keys],
        );
  return { form, records: rows.filter((r) => reaches(form, r.data, who)).map(({ id, title: t }) => ({ id, title: t === '' ? null : t })) };
}

const keyOf = (target: string, id: string): string => JSON.stringify([target, id]);

/**
 * How an export in people's words writes the reference fields of `records`: as the title of the
 * record, when `who` reaches it and sees its title and no other record of its form they reach
 * has that title (or it as an id), so an import reads it back as that record; else as its id.
 *
 * @example
 * const exported = await exportedReferences(tx, me, fields, records.map((r) => r.data));
 * exported(customerField, 'rec_1') // '闽江机械'
 */
export async function exportedReferences(
  tx: Queryable, who: Who, fields: readonly FieldDefinition[], records: readonly Readonly<Record<string, unknown>>[],
): Promise<(field: FieldDefinition, value: unknown) => unknown> {
  const titles = new Map<string, string>();
  for (const [target, ids] of keysByTarget(fields, records)) {
    const held = (await titled(tx, who, target, [...ids])).records.filter((r) => ids.has(r.id));
    const named = (await titled(tx, who, target, [...new Set(held.flatMap((r) => r.title ?? []))])).records;
    for (const { id, title } of held) {
      if (title !== null && named.filter((r) => r.title === title || r.id === title).length === 1) titles.set(keyOf(target, id), title);
    }
  }
  return (field, value) => (isReference(field) && typeof value === 'string' ? (titles.get(keyOf(field.target, value)) ?? value) : value);
}

/** The records an import's reference cells name. */
export interface ReferenceCells {
  /** `row` with each reference cell that names one record as its id: a record's id, else the title of the one record `who` reaches with it. */
  withIds(row: Readonly<Record<string, unknown>>): Record<string, unknown>;
  /** The problem of a reference field whose `cell` named no record, in the file's terms: what to write, or the ids of the records sharing the title. */
  problem(problem: FieldProblem, field: ReferenceField, cell: string): FieldProblem;
}

/**
 * The records that the reference cells of `rows` name, among those `who` reaches, asked in one
 * query per target form.
 *
 * @example
 * const refs = await referenceCells(tx, me, form.fields, rows);
 * refs.withIds({ customer: '闽江机械' }) // { customer: <the id of 闽江机械> }
 */
export async function referenceCells(tx: Queryable, who: Who, fields: readonly FieldDefinition[], rows: readonly Record<string, unknown>[]): Promise<ReferenceCells> {
  const found = new Map<string, { form: FormDefinition; records: Titled[] }>();
  for (const [target, cells] of keysByTarget(fields, rows)) found.set(target, await titled(tx, who, target, [...cells]));
  const named = (field: ReferenceField, cell: string): Titled[] => found.get(field.target)?.records.filter((r) => r.title === cell.trim()) ?? [];
  const idOf = (field: ReferenceField, cell: string): string | undefined => {
    const [only, ...more] = named(field, cell);
    return found.get(field.target)?.records.find((r) => r.id === cell.trim())?.id ?? (more.length === 0 ? only?.id : undefined);
  };
  return {
    withIds: (row) => cellsAsIds(row, fields.filter(isReference), idOf),
    problem: (problem, field, text) => {
      const form = found.get(field.target)?.form;
      const cell = text.trim();
      if (form === undefined) return problem;
      const ids = named(field, cell).map((r) => r.id);
      const what = inSentence(form.name).en;
      return ids.length > 1
        ? {
            ...problem,
            code: 'record.reference.ambiguous',
            message: `${field.label.en}: more than one ${what} is named "${cell}" (${ids.join(', ')}): give the record's id instead.`,
            messageZh: `${field.label['zh-CN']}：有多条${form.name['zh-CN']}名为 "${cell}"（${ids.join('、')}），请改填记录 ID。`,
          }
        : {
            ...problem,
            message: `${field.label.en} names no ${what} "${cell}" that you can see: give the record's title or id.`,
            messageZh: `${field.label['zh-CN']}中的 "${cell}" 不是您可查看的${form.name['zh-CN']}：请填写记录标题或 ID。`,
          };
    },
  };
}

/** @module A CSV import's problems in the terms of the file: option labels, percentages, yes/no, people and records by name, sub-table lines. */
import { cellLabel } from '@heng/engine';
import type { FieldDefinition, LocalizedText } from '@heng/engine';
import type { FieldProblem } from '../http/app-error.js';
import type { ReferenceCells } from './csv-references.js';
import { subTableRows, unreadLine } from './csv-sub-tables.js';
import type { UserCells } from './csv-users.js';
import { valueOf } from './csv-values.js';
import type { LoadedForm } from './form.js';
import { UNKNOWN_USER } from './user-values.js';

/** What a problem's path is about: a field of the form, or a column of one of its sub-table's rows. */
interface Placed {
  readonly field: FieldDefinition;
  /** The field's label, or a cell's as the form names it: 联系人第 1 行的角色. */
  readonly label: LocalizedText;
  /** The value the row holds there (a sub-table's rows, a multi select's options: all of them). */
  readonly raw: unknown;
  /** The value at the path: the one option of a multi select it names (`/certificates/1`), else `raw`. */
  readonly value: unknown;
  readonly whole: boolean;
  readonly inRow: boolean;
}

const entryOf = (list: unknown, index: string): unknown => (Array.isArray(list) ? (list[Number(index)] as unknown) : undefined);

/** The field or sub-table column `path` names (`/f`, `/f/1`, `/table/0/column`, `/table/0/column/1`), with the row's value there. */
function placed(path: string, fields: readonly FieldDefinition[], row: Readonly<Record<string, unknown>>): Placed | undefined {
  const [, id = '', ...rest] = path.split('/');
  const top = fields.find((f) => f.id === id);
  const [n = '', columnId = '', ...tail] = rest;
  const column = top?.type === 'sub_table' && rest.length >= 2 ? top.columns.find((c) => c.id === columnId) : undefined;
  if (top === undefined || (top.type === 'sub_table' && rest.length >= 2 && column === undefined)) return undefined;
  const cells = entryOf(row[id], n);
  const raw = column === undefined ? row[id] : typeof cells === 'object' && cells !== null ? (cells as Record<string, unknown>)[columnId] : undefined;
  const [index] = column === undefined ? rest : tail;
  return {
    field: column ?? top,
    label: column === undefined ? top.label : cellLabel(top.label, Number(n), column.label),
    raw,
    value: index === undefined ? raw : entryOf(raw, index),
    whole: index === undefined,
    inRow: column !== undefined,
  };
}

/**
 * A row's problem in the terms of the file: an unknown option lists the options by label, a
 * percent or a yes/no that is not one says how to write one (in a sub-table's cell too), a
 * sub-table line that does not read says which and how to write its rows, and a user or
 * reference cell naming no user or record says to give an e-mail or name, or a title (or names
 * those sharing it), rather than the ids and fractions the API takes.
 *
 * @example
 * inFileTerms({ path: '/contacts/0/role', code: 'value.option', … }, form, row, named).messageZh // '联系人第 1 行的角色没有选项 "总监"：请填写 老板、财务 之一（…）。'
 */
export function inFileTerms(problem: FieldProblem, form: LoadedForm, row: Record<string, unknown>, named: { users: UserCells; refs: ReferenceCells }): FieldProblem {
  const at = placed(problem.path, form.compiled.definition.fields, row);
  if (at === undefined) return problem;
  const { field, label, raw, value } = at;
  if (problem.code === 'value.option' && (field.type === 'single_select' || field.type === 'multi_select')) {
    const en = field.options.map((o) => o.label.en).join(', ');
    const zh = field.options.map((o) => o.label['zh-CN']).join('、');
    return {
      ...problem,
      message: `${label.en} has no option "${String(value)}": write one of ${en} (its English or Chinese label, or its code).`,
      messageZh: `${label['zh-CN']}没有选项 "${String(value)}"：请填写 ${zh} 之一（中文或英文名称，或选项编码均可）。`,
    };
  }
  // A sub-table's user and reference columns are read by id: only a field's cell names people and records.
  if (problem.code === UNKNOWN_USER && field.type === 'user' && !at.inRow) return named.users.problem(problem, field, String(value));
  if (problem.code === 'record.reference.unknown' && field.type === 'reference' && !at.inRow) return named.refs.problem(problem, field, String(value));
  if (problem.code === 'value.type' && field.type === 'percent' && at.whole) {
    return { ...problem, message: `${label.en} must be a percentage, not "${String(value)}": write 85% or 85 for 85%.`, messageZh: `${label['zh-CN']}应为百分比，而不是 "${String(value)}"：85% 请填 85% 或 85。` };
  }
  if (problem.code === 'value.type' && field.type === 'sub_table' && typeof raw === 'string') {
    const read = subTableRows(field, raw, valueOf);
    if ('unread' in read) return { ...problem, ...unreadLine(field, read.unread) };
  }
  if (problem.code === 'value.type' && field.type === 'boolean') {
    return { ...problem, message: `${label.en} is a yes/no, not "${String(value)}": write Yes or No (是 or 否, true or false).`, messageZh: `${label['zh-CN']}应为是/否，而不是 "${String(value)}"：请填写 是 或 否（Yes/No、true/false 亦可）。` };
  }
  return problem;
}

/** @module The 422 for a write whose rollups would leave a record it points at invalid (payments over what a receivable is owed). */
import { recordLabel } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { AppError } from '../http/app-error.js';
import type { FieldProblem } from '../http/app-error.js';

/**
 * The record a rollup refresh would have rewritten, and the reference field of the written record
 * that points at it (none when a cascade reached it: the writer's form has no field for it).
 */
export interface RolledUp {
  readonly form: FormDefinition;
  readonly id: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly via?: string;
}

/**
 * The 422 for a change that would leave `target` (a record it points at, directly or through
 * others) breaking its form's validation once rolled up again: each of the target's problems
 * names the record, on `via` when given (so the writer sees what to change in what they write),
 * else for the whole write.
 *
 * @example
 * throw rollupRefused(problems, { form: receivable, id, data, via: 'receivable' });
 */
export function rollupRefused(problems: readonly FieldProblem[], target: RolledUp): AppError {
  const label = recordLabel(target.form, target.data) ?? target.id;
  const en = `${target.form.name.en} "${label}"`;
  const zh = `${target.form.name['zh-CN']}“${label}”`;
  return new AppError('rollups.invalid', 422, `This change would leave ${en} invalid: ${problems.map((p) => p.message).join(' ')} Nothing was saved.`, {
    messageZh: `此项更改会使${zh}不合法：${problems.map((p) => p.messageZh).join(' ')}未保存任何内容。`,
    problems: problems.map((p) => ({ path: target.via === undefined ? '' : `/${target.via}`, code: p.code, message: `${en}: ${p.message}`, messageZh: `${zh}：${p.messageZh}` })),
  });
}

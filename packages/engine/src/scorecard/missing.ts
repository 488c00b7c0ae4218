/** @module Why a record could not be scored, as problems placed on the record's fields. */
import { pointer } from '../core/json-pointer.js';
import type { LocalizedText } from '../core/localized.js';
import { problem, type Problem } from '../core/problem.js';
import type { MissingReason } from './result.js';

/**
 * The problem for a factor, named by its `name`, whose missing policy is `fail`: at the field
 * it reads (a JSON Pointer into the record), or at the record when it reads none (a formula).
 *
 * @example
 * missingProblem({ en: 'Debt ratio', 'zh-CN': '资产负债率' }, 'debt_ratio', 'empty', null)
 * // { path: '/debt_ratio', code: 'score.missing', message: 'Factor "Debt ratio" needs a value: field "debt_ratio" is empty. Fill it in to score this record.', ... }
 */
export function missingProblem(name: LocalizedText, field: string | undefined, reason: MissingReason, raw: unknown): Problem {
  const path = field === undefined ? '' : pointer('', field);
  const factor = { en: name.en, zh: name['zh-CN'] };
  if (reason === 'unmatched') {
    const v = JSON.stringify(raw) ?? 'the record';
    return problem(
      path,
      'score.unmatched',
      `Factor "${factor.en}" has no points for ${v}: no band or entry matches it. Correct the value or extend the scorecard.`,
      `指标 "${factor.zh}" 没有与 ${v} 对应的分值：没有匹配的区间或取值。请修正取值或补充评分卡。`,
    );
  }
  if (field === undefined) {
    return problem(path, 'score.missing', `Factor "${factor.en}" needs a value: its formula gives none for this record. Fill in the fields it uses.`, `指标 "${factor.zh}" 需要取值：其公式对此记录没有结果。请补全公式用到的字段。`);
  }
  return problem(
    path,
    'score.missing',
    `Factor "${factor.en}" needs a value: field "${field}" is empty. Fill it in to score this record.`,
    `指标 "${factor.zh}" 需要取值：字段 "${field}" 为空。请填写后再评分。`,
  );
}

/** The problem when every factor was excluded for want of values. */
export function noWeightProblem(): Problem {
  return problem('', 'score.nothing', 'No factor has a value for this record, so there is nothing to score. Fill in its fields.', '此记录的所有指标都没有取值，无法评分。请补全字段。');
}

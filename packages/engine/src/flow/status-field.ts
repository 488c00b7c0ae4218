/** @module Checks of a flow's `statusField`: a field of the form that can hold every instance status. */
import { KIND_NAMES } from '../core/catalog.js';
import type { FieldCatalog } from '../core/catalog.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import { FLOW_STATUS_VALUES } from './types.js';

/**
 * Problems with the field a flow writes its status into: it must exist, not be computed, be
 * text or a single select, and a select must offer every status as an option id.
 *
 * @example
 * checkStatusField('approval_status', fields) // [] when it is a text field
 */
export function checkStatusField(field: string, fields: FieldCatalog): Problem[] {
  const info = fields.get(field);
  if (info === undefined) {
    const h = hint(field, [...fields.keys()]);
    return [problem('/statusField', 'flow.status_field.unknown', `The form has no field "${field}".${h.en || ' Add a text or single-select field for the approval status.'}`, `表单中没有字段 "${field}"。${h.zh || '请添加一个文本或单选字段保存审批状态。'}`)];
  }
  if (info.computed === true) {
    return [problem('/statusField', 'flow.status_field.computed', `Field "${field}" is computed (formula, lookup or rollup), so the flow cannot write its status there: pick a text or single-select field people fill.`, `字段 "${field}" 由系统计算（公式、关联字段或汇总），流程无法写入审批状态：请选择普通的文本或单选字段。`)];
  }
  if (info.type === 'text') return [];
  if (info.type !== 'single_select') {
    const k = KIND_NAMES[info.kind];
    return [problem('/statusField', 'flow.status_field.type', `Field "${field}" holds ${k.en}: the approval status needs a text or single-select field.`, `字段 "${field}" 的值为${k.zh}：审批状态需要文本或单选字段。`)];
  }
  const missing = FLOW_STATUS_VALUES.filter((s) => !(info.options ?? []).includes(s));
  if (missing.length === 0) return [];
  return [problem('/statusField', 'flow.status_field.options', `Single select "${field}" lacks the option ids ${missing.join(', ')}: add them so every approval status can be stored.`, `单选字段 "${field}" 缺少选项 ID：${missing.join('、')}。请补充，以便保存所有审批状态。`)];
}

/** @module Semantic checks of ids and layout: unique ids, every field in exactly one section. */
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { RECORD_FACT_IDS } from '../core/ids.js';
import { hint } from '../core/suggest.js';
import type { FormDefinition } from './types.js';

const RESERVED = new Set<string>(Object.values(RECORD_FACT_IDS));

/**
 * Duplicate field or section ids, field ids its rules' facts would hide (`today`, `is_new`, ...), sections naming unknown fields, and fields placed in no
 * section or in more than one.
 *
 * @example
 * checkLayout(form) // [{ path: '/fields/4', code: 'field.section.none', message: 'Field "Debt ratio" (debt_ratio) is in no section: add it to one.', ... }]
 */
export function checkLayout(def: FormDefinition): Problem[] {
  const out: Problem[] = [];
  const fieldIds = new Map<string, number>();
  def.fields.forEach((f, i) => {
    const first = fieldIds.get(f.id);
    if (RESERVED.has(f.id)) {
      out.push(problem(pointer('/fields', i, 'id'), 'field.id.reserved', `Field id "${f.id}" is reserved: rules use it for what a change did or for the date, so they could not read this field. Choose another id, e.g. "${f.id}_value".`, `字段 ID "${f.id}" 是保留字：规则用它表示本次修改的信息或今天的日期，将读不到这个字段。请换一个 ID，例如 "${f.id}_value"。`));
    }
    if (first === undefined) fieldIds.set(f.id, i);
    else out.push(problem(pointer('/fields', i, 'id'), 'field.id.duplicate', `Field id "${f.id}" is already used by field ${first + 1}: give this field its own id.`, `字段 ID "${f.id}" 已被第 ${first + 1} 个字段使用，请换一个 ID。`));
  });
  const sectionIds = new Set<string>();
  const placed = new Map<string, string>();
  def.sections.forEach((s, i) => {
    if (sectionIds.has(s.id)) {
      out.push(problem(pointer('/sections', i, 'id'), 'section.id.duplicate', `Section id "${s.id}" is used twice: give this section its own id.`, `分组 ID "${s.id}" 重复，请换一个 ID。`));
    }
    sectionIds.add(s.id);
    s.fields.forEach((id, j) => {
      const at = pointer('/sections', i, 'fields', j);
      const where = placed.get(id);
      if (!fieldIds.has(id)) {
        const h = hint(id, [...fieldIds.keys()]);
        out.push(problem(at, 'section.field.unknown', `Section "${s.label.en}" lists unknown field "${id}".${h.en}`, `分组 "${s.label['zh-CN']}" 中的字段 "${id}" 不存在。${h.zh}`));
      } else if (where !== undefined) {
        out.push(problem(at, 'section.field.twice', `Field "${id}" is already in section "${where}": keep it in one section only.`, `字段 "${id}" 已在分组 "${where}" 中，每个字段只能放在一个分组里。`));
      } else {
        placed.set(id, s.id);
      }
    });
  });
  def.fields.forEach((f, i) => {
    if (!placed.has(f.id)) {
      out.push(problem(pointer('/fields', i), 'field.section.none', `Field "${f.label.en}" (${f.id}) is in no section: add it to one.`, `字段 "${f.label['zh-CN']}"（${f.id}）不在任何分组中，请放入一个分组。`));
    }
  });
  return out;
}

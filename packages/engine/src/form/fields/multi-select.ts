/** @module Multi select: a list of distinct option ids (product lines, certifications). */
import { pointer } from '../../core/json-pointer.js';
import type { Problem } from '../../core/problem.js';
import type { MultiSelectField } from '../types.js';
import { fail, typeProblem } from './checks.js';
import { checkOptionId, checkOptions, optionsSchema } from './options.js';
import type { FieldTypeSpec } from './spec.js';

/** The multi select field type; its value lists the chosen options' ids, each once. */
export const multiSelect: FieldTypeSpec<MultiSelectField> = {
  kind: () => 'list',
  label: { en: 'Multi select', 'zh-CN': '多选' },
  props: { properties: { options: optionsSchema }, required: ['options'] },
  rules: [],
  valueSchema: (field) => ({ type: 'array', items: { enum: field.options.map((o) => o.id) }, uniqueItems: true }),
  checkValue(value, field, ctx) {
    if (!Array.isArray(value)) {
      const example = JSON.stringify([typeof value === 'string' ? value : (field.options[0]?.id ?? 'option')]);
      return [typeProblem(value, ctx, { what: { en: 'a list of option ids', 'zh-CN': '选项 ID 列表' }, how: { en: `put the ids in a list, like ${example}`, 'zh-CN': `请把选项 ID 放进列表，如 ${example}` } })];
    }
    const out: Problem[] = [];
    const seen = new Set<unknown>();
    value.forEach((v: unknown, i) => {
      const at = { ...ctx, path: pointer(ctx.path, i) };
      if (seen.has(v)) out.push(fail(at, 'value.duplicate', `lists "${String(v)}" twice: remove one.`, `重复选择了 "${String(v)}"，请删除其一。`));
      else out.push(...checkOptionId(v, field.options, at));
      seen.add(v);
    });
    return out;
  },
  checkDefinition: (field, ctx) => checkOptions(field.options, ctx),
};

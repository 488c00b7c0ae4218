/** @module What single and multi select share: options with stable ids, checked both ways. */
import { idSchema } from '../../core/ids.js';
import { localizedTextSchema } from '../../core/localized.js';
import type { Problem } from '../../core/problem.js';
import { hint } from '../../core/suggest.js';
import type { SelectOption } from '../types.js';
import { defFail, fail, typeProblem } from './checks.js';
import type { DefinitionContext, ValueContext } from './spec.js';

/** JSON Schema of a select's options (emptiness is a semantic check, with a better message). */
export const optionsSchema = {
  type: 'array',
  maxItems: 500,
  items: { type: 'object', properties: { id: idSchema, label: localizedTextSchema }, required: ['id', 'label'], additionalProperties: false },
} as const;

/** Problems with a value that should be one option id. */
export function checkOptionId(value: unknown, options: readonly SelectOption[], ctx: ValueContext): Problem[] {
  const ids = options.map((o) => o.id);
  if (typeof value !== 'string') {
    const list = ids.slice(0, 10).join(', ') + (ids.length > 10 ? ', …' : '');
    return [typeProblem(value, ctx, { what: { en: 'an option id', 'zh-CN': '选项 ID' }, how: { en: `choose one of ${list}`, 'zh-CN': `请从以下选项中选择：${list}` } })];
  }
  if (ids.includes(value)) return [];
  const h = hint(value, ids);
  return [fail(ctx, 'value.option', `has no option "${value}".${h.en}`, `没有选项 "${value}"。${h.zh}`)];
}

/** A select needs at least one option, and option ids are unique. */
export function checkOptions(options: readonly SelectOption[], ctx: DefinitionContext): Problem[] {
  if (options.length === 0) {
    return [defFail(ctx, ['options'], 'field.options.empty', 'A select field needs at least one option: add one.', '选择字段至少需要一个选项，请添加。')];
  }
  const out: Problem[] = [];
  const seen = new Set<string>();
  options.forEach((o, i) => {
    if (seen.has(o.id)) {
      out.push(defFail(ctx, ['options', i, 'id'], 'field.options.duplicate', `Option id "${o.id}" is used twice: give each option its own id.`, `选项 ID "${o.id}" 重复，请为每个选项设置不同的 ID。`));
    }
    seen.add(o.id);
  });
  return out;
}

/** @module Checks of the weight modifiers: dimension fields, values, and the factors they name. */
import type { FieldCatalog } from '../core/catalog.js';
import { hasAtMostDecimals } from '../core/decimal.js';
import { ownValue } from '../core/own.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import { duplicateIds } from './messages.js';
import { checkField } from './methods/field-check.js';
import type { Factor, WeightModifier } from './types.js';

/**
 * Every problem with the weight modifiers: a text or choice dimension field, each value
 * once (and an option of a choice field), multipliers naming known factors with at most 4
 * decimals, and no value that zeroes every weight.
 *
 * @example
 * validateModifiers([{ id: 'industry', dimension: 'industry', values: [{ value: 'construction', multipliers: { debt: 1.5 } }] }], factors, 'customer', catalog)
 */
export function validateModifiers(modifiers: readonly WeightModifier[], factors: readonly Factor[], formId: string, catalog: FieldCatalog | undefined): Problem[] {
  const out = duplicateIds(modifiers, '/modifiers', { en: 'modifier', zh: '加权参数' });
  const factorIds = factors.map((f) => f.id);
  const dimensions = new Set<string>();
  modifiers.forEach((m, i) => {
    const path = `/modifiers/${i}`;
    const owner = { en: `Modifier "${m.id}"`, zh: `加权参数 "${m.id}"` };
    if (dimensions.has(m.dimension)) {
      out.push(problem(`${path}/dimension`, 'scorecard.modifiers.dimension', `${owner.en} weights by "${m.dimension}" like an earlier modifier: merge their values into one.`, `${owner.zh} 与前面的加权参数同样按 "${m.dimension}" 加权：请合并到一个参数中。`));
    }
    dimensions.add(m.dimension);
    const { field, problems } = checkField({ formId, catalog, owner }, `${path}/dimension`, m.dimension, ['text'], { en: 'a weight modifier', zh: '加权参数' });
    out.push(...problems);
    const seen = new Set<string>();
    m.values.forEach((v, j) => {
      const vpath = `${path}/values/${j}`;
      if (seen.has(v.value)) out.push(problem(`${vpath}/value`, 'scorecard.modifiers.duplicate', `${owner.en} lists "${v.value}" twice: merge the two.`, `${owner.zh} 中 "${v.value}" 出现了两次：请合并。`));
      seen.add(v.value);
      if (field?.options !== undefined && !field.options.includes(v.value)) {
        const h = hint(v.value, field.options);
        out.push(problem(`${vpath}/value`, 'scorecard.modifiers.option', `${owner.en}: field "${field.id}" has no option "${v.value}".${h.en}`, `${owner.zh}：字段 "${field.id}" 没有选项 "${v.value}"。${h.zh}`));
      }
      for (const [factor, x] of Object.entries(v.multipliers)) {
        if (!factorIds.includes(factor)) {
          const h = hint(factor, factorIds);
          out.push(problem(`${vpath}/multipliers/${factor}`, 'scorecard.modifiers.factor', `${owner.en} multiplies the weight of "${factor}", which is not a factor.${h.en}`, `${owner.zh} 调整的 "${factor}" 不是指标。${h.zh}`));
        } else if (!hasAtMostDecimals(x, 4)) {
          out.push(problem(`${vpath}/multipliers/${factor}`, 'scorecard.modifiers.decimals', `Multiplier ${x} has more than 4 decimals: round it.`, `系数 ${x} 的小数超过 4 位：请取整。`));
        }
      }
      if (factors.every((f) => f.weight * (ownValue(v.multipliers, f.id) ?? 1) === 0)) {
        out.push(problem(`${vpath}/multipliers`, 'scorecard.modifiers.zero', `${owner.en} leaves every weight at 0 for "${v.value}": keep at least one multiplier above 0.`, `${owner.zh} 使 "${v.value}" 的所有权重为 0：请至少保留一个大于 0 的系数。`));
      }
    });
  });
  return out;
}

/** @module Pieces of problem messages: items by name, numbers as the designer shows them, repeated ids. */
import type { FieldInfo } from '../core/catalog.js';
import { roundHalfUp } from '../core/decimal.js';
import type { LocalizedText } from '../core/localized.js';
import { problem, type Problem } from '../core/problem.js';
import type { AgeUnit } from './types.js';

/**
 * How a message names an item of a scorecard (a factor, an override, a policy): by its name,
 * else by its id.
 *
 * @example
 * nameOf({ id: 'debt', name: { en: 'Debt ratio', 'zh-CN': '资产负债率' } }) // { en: 'Debt ratio', zh: '资产负债率' }
 * nameOf({ id: 'risk' }) // { en: 'risk', zh: 'risk' }
 */
export function nameOf(item: { readonly id: string; readonly name?: LocalizedText | undefined }): { en: string; zh: string } {
  return item.name === undefined ? { en: item.id, zh: item.id } : { en: item.name.en, zh: item.name['zh-CN'] };
}

/**
 * How a message names a factor, as the owner of what it reads.
 *
 * @example
 * factorOwner({ id: 'debt', name: { en: 'Debt ratio', 'zh-CN': '资产负债率' } }) // { en: 'Factor "Debt ratio"', zh: '指标 "资产负债率"' }
 */
export function factorOwner(factor: { readonly id: string; readonly name?: LocalizedText | undefined }): { en: string; zh: string } {
  const n = nameOf(factor);
  return { en: `Factor "${n.en}"`, zh: `指标 "${n.zh}"` };
}

const unitText: Record<AgeUnit, { en: string; zh: string }> = {
  years: { en: 'years', zh: '年' },
  months: { en: 'months', zh: '个月' },
  days: { en: 'days', zh: '天' },
};

/**
 * A band bound as the user typed it: a percent field's fraction as a percentage, a date's
 * age with its unit.
 *
 * @example
 * formatValue(0.35, { id: 'debt_ratio', type: 'percent', kind: 'number' }) // { en: '35%', zh: '35%' }
 */
export function formatValue(value: number, field?: FieldInfo, unit?: AgeUnit): { en: string; zh: string } {
  if (field?.type === 'percent') {
    const s = `${roundHalfUp(value * 100, 6)}%`;
    return { en: s, zh: s };
  }
  if (field?.kind === 'date' && unit !== undefined) {
    return { en: `${value} ${unitText[unit].en}`, zh: `${value} ${unitText[unit].zh}` };
  }
  return { en: String(value), zh: String(value) };
}

/**
 * Basis points as a percentage with 2 decimals.
 *
 * @example
 * formatBp(9500) // '95.00%'
 */
export function formatBp(bp: number): string {
  return `${(bp / 100).toFixed(2)}%`;
}

/**
 * Problems for ids used more than once in a list, at each repeat.
 *
 * @example
 * duplicateIds([{ id: 'a' }, { id: 'a' }], '/factors', { en: 'factor', zh: '指标' }) // [{ path: '/factors/1/id', ... }]
 */
export function duplicateIds(items: readonly { readonly id: string }[], path: string, what: { en: string; zh: string }): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      out.push(
        problem(
          `${path}/${i}/id`,
          'scorecard.id.duplicate',
          `The ${what.en} id "${item.id}" is used twice: give this ${what.en} another id.`,
          `${what.zh} ID "${item.id}" 重复：请为此${what.zh}换一个 ID。`,
        ),
      );
    }
    seen.add(item.id);
  });
  return out;
}

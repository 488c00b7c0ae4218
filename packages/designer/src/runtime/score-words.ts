/** @module A score's parts as people read them: a band as the range its factor's value fell in, a flag by its label, a policy output as its field shows it. */
import type { FieldInfo, FormDefinition, LocalizedText, Policy, ScorecardDefinition } from '@heng/engine';
import type { TFunction } from 'i18next';
import { formatMoney, formatNumber } from '../format/money.js';
import type { Lang } from '../i18n/language.js';
import { factorRange } from '../scorecard/band-name.js';
import { displayValue, EMPTY } from '../renderer/index.js';
import type { DisplayWords } from '../renderer/index.js';

/**
 * The range of band `bandId` of factor `factorId` as the bands editor names it (`min` inclusive,
 * `max` exclusive, in the unit of `field`, the field the factor scores); the id when the band is
 * chosen by a condition or is not found.
 *
 * @example
 * bandText(card, 'debt', 'under_70', debtRatio, 'zh-CN', t) // '50%–70%'
 */
export function bandText(card: ScorecardDefinition | undefined, factorId: string, bandId: string, field: FieldInfo | undefined, lang: Lang, t: TFunction): string {
  const method = card?.factors.find((f) => f.id === factorId)?.method;
  if (method?.kind !== 'bands') return bandId;
  const band = method.bands.find((b) => b.id === bandId);
  if (band === undefined || 'when' in band) return bandId;
  return factorRange(band.min, band.max, field, method.unit, lang, t) ?? bandId;
}

/**
 * Flag `flag` as people read it: by `label` (the one the rule raising it gives), else by the label
 * a scorecard's overrides give it, else by the flag itself.
 *
 * @example
 * flagLabel(card, 'high_risk', 'zh-CN') // '高风险'
 * flagLabel(undefined, 'blacklisted', 'en', { 'zh-CN': '黑名单', en: 'Blacklisted' }) // 'Blacklisted'
 */
export function flagLabel(card: ScorecardDefinition | undefined, flag: string, lang: Lang, label?: LocalizedText | null): string {
  return label?.[lang] ?? card?.overrides?.flatMap((o) => (o.action.kind === 'flag' && o.action.flag === flag ? [o.action.label[lang]] : []))[0] ?? flag;
}

/**
 * The flags on a record, each once, as people read them: its score's, then those only rules raised,
 * each by the label its rule gives it, else as {@link flagLabel} names it.
 *
 * @example
 * recordFlags(card, ['high_risk'], [{ flag: 'blacklisted', label: { 'zh-CN': '黑名单', en: 'Blacklisted' } }], 'en') // [{ flag: 'high_risk', label: 'High risk' }, { flag: 'blacklisted', label: 'Blacklisted' }]
 */
export function recordFlags(card: ScorecardDefinition | undefined, scoreFlags: readonly string[], ruleFlags: readonly { readonly flag: string; readonly label: LocalizedText | null }[], lang: Lang): { flag: string; label: string }[] {
  const labels = new Map(ruleFlags.map((f) => [f.flag, f.label]));
  return [...new Set([...scoreFlags, ...labels.keys()])].map((flag) => ({ flag, label: flagLabel(card, flag, lang, labels.get(flag)) }));
}

/**
 * A credit policy's output as text: money in CNY, days whole, other numbers to 2 decimals.
 *
 * @example
 * outputText(250000, 'money', 'zh-CN') // '250,000.00 元'
 */
function outputText(value: unknown, type: string | undefined, lang: Lang): string {
  if (typeof value !== 'number') return value === null || value === undefined ? EMPTY : String(value);
  if (type === 'money') return formatMoney(value, lang);
  return formatNumber(value, lang, type === 'days' ? 0 : 2);
}

/**
 * Output `value` of `policy` as a person reads it: a text output the form keeps in a field of the
 * same id (the settlement) as that field shows it (an option by its label), else by its type.
 *
 * @example
 * policyText(settlementPolicy, 'credit', customerForm, 'zh-CN', words) // '赊销'
 * policyText(limitPolicy, 250000, customerForm, 'en', words) // '¥250,000.00'
 */
export function policyText(policy: Policy | undefined, value: unknown, form: FormDefinition, lang: Lang, words: DisplayWords): string {
  const field = policy?.type === 'text' ? form.fields.find((f) => f.id === policy.id) : undefined;
  return field === undefined ? outputText(value, policy?.type, lang) : displayValue(field, value, lang, words);
}

/**
 * The factors a stored score found no value for (their points then set by the missing-value
 * rule, or the factor left out and its weight given to the others), by name in `lang`: what an
 * approver should know the grade rests on less than it seems. A value outside every band is not
 * missing data, and is not named.
 *
 * @example
 * missingFactors(score, 'zh-CN') // ['所属行业', '年销售额']
 */
export function missingFactors(score: { readonly factors: readonly { readonly id: string; readonly name: LocalizedText | null; readonly missing: 'empty' | 'unmatched' | null }[] }, lang: Lang): string[] {
  return score.factors.filter((f) => f.missing === 'empty').map((f) => f.name?.[lang] ?? f.id);
}


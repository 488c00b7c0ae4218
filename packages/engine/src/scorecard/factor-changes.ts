/** @module Why a score moved: the factors whose share of it changed since the score before, and the overrides newly applied, in words (a downgrade's notice says which). */
import type { LocalizedText } from '../core/localized.js';
import { numberText } from '../core/number-text.js';
import type { FactorScore, FiredOverride } from './result.js';
import type { Override, ScorecardDefinition } from './types.js';

type Locale = keyof LocalizedText;

/** What of a score its change is explained by. */
export interface ScoreParts {
  readonly factors: readonly FactorScore[];
  readonly overrides: readonly FiredOverride[];
}

const EMPTY: LocalizedText = { 'zh-CN': '空', en: 'none' };

/**
 * How a score change's factor values may be told: whether a factor's may be at all (not when
 * they show a field some reader may not see: it is then named with its points alone), and a
 * value of the field a factor scores as that field shows it (35.5%, 500,000.00, an option's label).
 */
export interface FactorValues {
  readonly shows: (factorId: string) => boolean;
  readonly text: (fieldId: string, raw: unknown, locale: Locale) => string;
}

/**
 * A factor's scored value as a notice shows it, `type` being its field's: money and percent as
 * they are written, other numbers to 2 decimals at most, yes/no, none; an option as it is stored.
 *
 * @example
 * factorValueText(0.355, 'zh-CN', 'percent') // '35.5%'
 */
export function factorValueText(raw: unknown, locale: Locale, type?: string): string {
  if (raw === null || raw === undefined || raw === '') return EMPTY[locale];
  if (typeof raw === 'number') return type === 'money' || type === 'percent' ? numberText(raw, type) : String(Number(raw.toFixed(2)));
  if (typeof raw === 'boolean') return locale === 'en' ? (raw ? 'yes' : 'no') : raw ? '是' : '否';
  return String(raw);
}

const EVERY_VALUE: FactorValues = { shows: () => true, text: (_, raw, locale) => factorValueText(raw, locale) };

/** What a score change says when no factor moved and no override came: its scorecard was changed (re-weighted, re-banded). */
const NOTHING_MOVED: LocalizedText = { 'zh-CN': '各指标未变（评分卡已调整）', en: 'no factor moved (the scorecard was changed)' };

/** A change of points, signed, to 1 decimal: −4.5, +12. */
const signed = (n: number): string => `${n > 0 ? '+' : '−'}${Math.abs(n)}`;

/** The factors whose contribution moved by at least 0.1 point, the largest move first. */
function movedFactors(card: Pick<ScorecardDefinition, 'factors'>, now: ScoreParts, before: ScoreParts) {
  const moved = card.factors.flatMap((def) => {
    const is = now.factors.find((f) => f.id === def.id);
    const was = before.factors.find((f) => f.id === def.id);
    if (is === undefined || was === undefined) return [];
    const delta = Math.round((is.contribution - was.contribution) * 10) / 10;
    return delta === 0 ? [] : [{ def, is, was, delta }];
  });
  return moved.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
}

/**
 * Why a score moved from `before` to `now` on `card`: each factor whose contribution to the total
 * moved (by at least 0.1 point, the largest move first) with its value before and after and the
 * points it moved the total by, then each override applied now and not before, by name; that
 * no factor moved when none did (the scorecard was changed); null when there is no score before
 * to compare with. `values` says which factors' values may be told, and how.
 *
 * @example
 * factorChanges(card, now, before)?.['zh-CN'] // '回款记录（逾期次数） 0 → 1（−16.5 分）'
 */
export function factorChanges(
  card: Pick<ScorecardDefinition, 'factors' | 'overrides'>, now: ScoreParts, before: ScoreParts | null, values: FactorValues = EVERY_VALUE,
): LocalizedText | null {
  if (before === null) return null;
  const moved = movedFactors(card, now, before);
  const newlyApplied = (o: Override): o is Override & { readonly name: LocalizedText } => o.name !== undefined && now.overrides.some((f) => f.id === o.id) && !before.overrides.some((f) => f.id === o.id);
  const applied = (card.overrides ?? []).filter(newlyApplied);
  if (moved.length === 0 && applied.length === 0) return NOTHING_MOVED;
  const words = (locale: Locale): string[] => [
    ...moved.map(({ def, is, was, delta }) => {
      const field = 'field' in def.method ? def.method.field : undefined;
      const text = (raw: unknown) => (field === undefined ? factorValueText(raw, locale) : values.text(field, raw, locale));
      const told = values.shows(def.id) ? ` ${text(was.raw)} → ${text(is.raw)}` : '';
      return locale === 'en' ? `${def.name.en}${told} (${signed(delta)} points)` : `${def.name['zh-CN']}${told}（${signed(delta)} 分）`;
    }),
    ...applied.map((o) => (locale === 'en' ? `override: ${o.name.en}` : `否决规则：${o.name['zh-CN']}`)),
  ];
  return { 'zh-CN': words('zh-CN').join('；'), en: words('en').join('; ') };
}

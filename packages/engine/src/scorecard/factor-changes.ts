/** @module Why a score moved: the factors whose share of it changed since the score before, and the overrides newly applied, in words (a downgrade's notice says which). */
import type { LocalizedText } from '../core/localized.js';
import type { FactorScore, FiredOverride } from './result.js';
import type { Override, ScorecardDefinition } from './types.js';

type Locale = keyof LocalizedText;

/** What of a score its change is explained by. */
export interface ScoreParts {
  readonly factors: readonly FactorScore[];
  readonly overrides: readonly FiredOverride[];
}

const EMPTY: LocalizedText = { 'zh-CN': '空', en: 'none' };

/** A factor's scored value as a notice shows it: numbers to 2 decimals at most, yes/no, none. */
function rawText(raw: unknown, locale: Locale): string {
  if (raw === null || raw === undefined || raw === '') return EMPTY[locale];
  if (typeof raw === 'number') return String(Number(raw.toFixed(2)));
  if (typeof raw === 'boolean') return locale === 'en' ? (raw ? 'yes' : 'no') : raw ? '是' : '否';
  return String(raw);
}

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
 * points it moved the total by, then each override applied now and not before, by name; null
 * when there is no score before or nothing of this moved. `showsRaw` says whether a factor's
 * values may be told (not when they show a field some reader may not see): one that may not is
 * named with its points alone.
 *
 * @example
 * factorChanges(card, now, before)?.['zh-CN'] // '回款记录（逾期次数） 0 → 1（−16.5 分）'
 */
export function factorChanges(
  card: Pick<ScorecardDefinition, 'factors' | 'overrides'>, now: ScoreParts, before: ScoreParts | null, showsRaw: (factorId: string) => boolean = () => true,
): LocalizedText | null {
  if (before === null) return null;
  const moved = movedFactors(card, now, before);
  const newlyApplied = (o: Override): o is Override & { readonly name: LocalizedText } => o.name !== undefined && now.overrides.some((f) => f.id === o.id) && !before.overrides.some((f) => f.id === o.id);
  const applied = (card.overrides ?? []).filter(newlyApplied);
  if (moved.length === 0 && applied.length === 0) return null;
  const words = (locale: Locale): string[] => [
    ...moved.map(({ def, is, was, delta }) => {
      const values = showsRaw(def.id) ? ` ${rawText(was.raw, locale)} → ${rawText(is.raw, locale)}` : '';
      return locale === 'en' ? `${def.name.en}${values} (${signed(delta)} points)` : `${def.name['zh-CN']}${values}（${signed(delta)} 分）`;
    }),
    ...applied.map((o) => (locale === 'en' ? `override: ${o.name.en}` : `否决规则：${o.name['zh-CN']}`)),
  ];
  return { 'zh-CN': words('zh-CN').join('；'), en: words('en').join('; ') };
}

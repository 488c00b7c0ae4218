/** @module A stored score explained to one reader: every factor's share, without values hidden from their roles. */
import { factorValueText, formCatalog, optionsOf, policiesReading } from '@heng/engine';
import type { CompiledForm, FactorMethod, FactorValues, FormDefinition, ScoreResult, ScorecardDefinition } from '@heng/engine';
import type { StoredScore } from './store.js';

/** One factor of a score, as a reader sees it. */
export interface FactorExplanation {
  readonly id: string;
  readonly name: ScorecardDefinition['factors'][number]['name'] | null;
  /** The value scored; null when it comes from a field hidden from the reader. */
  readonly raw: unknown;
  readonly rawHidden: boolean;
  readonly points: number;
  readonly weight: number;
  readonly contribution: number;
  readonly band: string | null;
  readonly missing: string | null;
}

/** A stored score explained. */
export interface ScoreExplanation {
  readonly recordId: string;
  readonly recordRevision: number;
  readonly formVersion: number;
  readonly scorecard: string;
  readonly scorecardVersion: number;
  readonly total: number | null;
  readonly grade: string | null;
  readonly bandGrade: string | null;
  readonly label: ScoreResult['label'];
  readonly color: string | null;
  readonly factors: readonly FactorExplanation[];
  readonly overrides: ScoreResult['overrides'];
  readonly flags: readonly string[];
  readonly outputs: ScoreResult['outputs'];
  readonly problems: NonNullable<ScoreResult['problems']>;
  readonly scoredAt: string;
  readonly jobId: string | null;
}

const NAME = /[A-Za-z_][A-Za-z0-9_]*/g;

/** The record fields a factor's raw value shows: its field, or the names its formula reads. */
function fieldsShown(method: FactorMethod): string[] {
  if (method.kind === 'formula') return method.formula.match(NAME) ?? [];
  return method.field === undefined ? [] : [method.field];
}

/**
 * Whether a factor's raw value must be blanked for the reader: it shows a field hidden from
 * their roles. A field of the scorecard's own kind (`field`) that the latest form no longer
 * has is blanked too, since its access cannot be known; names in a formula that are not
 * fields (functions) are not.
 */
function hiddenRaw(method: FactorMethod | undefined, access: Readonly<Record<string, string>>): boolean {
  if (method === undefined) return true;
  if (method.kind === 'formula') return fieldsShown(method).some((name) => access[name] === 'hidden');
  return fieldsShown(method).some((name) => access[name] === undefined || access[name] === 'hidden');
}

/**
 * How the values of each factor of `card` may be told to anyone (in a notice of what moved a
 * score, read by people of many roles): not when they show a field some role of `form` may not
 * see, nor a field the form no longer has; and in the type of the field they score (a percent
 * as 35.5%).
 *
 * @example
 * const values = factorValues(card, form.compiled.definition);
 * values.shows('late_count') // true: every role sees the late payments
 * values.text('enterprise_type', 'private', 'zh-CN') // '民企'
 */
export function factorValues(card: Pick<ScorecardDefinition, 'factors'>, form: FormDefinition): FactorValues {
  const access = Object.fromEntries(form.fields.map((f) => [f.id, Object.values(f.access ?? {}).includes('hidden') ? 'hidden' : 'write']));
  const shown = new Set(card.factors.filter((f) => !hiddenRaw(f.method, access)).map((f) => f.id));
  const catalog = formCatalog(form);
  const fields = new Map(form.fields.map((f) => [f.id, f]));
  return {
    shows: (factorId) => shown.has(factorId),
    // An option by its label (民企, not private), else by the field's type.
    text: (fieldId, raw, locale) => {
      const field = fields.get(fieldId);
      const option = field === undefined || typeof raw !== 'string' ? undefined : optionsOf(field)?.find((o) => o.id === raw);
      return option?.label[locale] ?? factorValueText(raw, locale, catalog.get(fieldId)?.type);
    },
  };
}

const withoutPolicies = (outputs: ScoreResult['outputs'], ids: readonly string[]): ScoreResult['outputs'] =>
  ids.length === 0 ? outputs : Object.fromEntries(Object.entries(outputs).filter(([id]) => !ids.includes(id)));

/**
 * The explanation of `score` for a reader with `roles`: the raw value of a factor that shows
 * a field hidden from them (by the latest form) is null, and the output of a policy whose
 * formulas read one is left out.
 *
 * @example
 * c.json(explainScore(score, card.definition, form.compiled, me.roles));
 */
export function explainScore(score: StoredScore, card: ScorecardDefinition, form: CompiledForm, roles: readonly string[]): ScoreExplanation {
  const access = form.accessFor(roles);
  const hidden = new Set(Object.entries(access).filter(([, a]) => a === 'hidden').map(([f]) => f));
  const factors = new Map(card.factors.map((f) => [f.id, f]));
  const r = score.result;
  return {
    recordId: score.recordId,
    recordRevision: score.recordRevision,
    formVersion: score.formVersion,
    scorecard: score.scorecardId,
    scorecardVersion: score.scorecardVersion,
    total: r.total,
    grade: r.grade,
    bandGrade: r.bandGrade,
    label: r.label,
    color: r.color,
    factors: r.factors.map((f) => {
      const def = factors.get(f.id);
      const rawHidden = hiddenRaw(def?.method, access);
      return {
        id: f.id, name: def?.name ?? null, raw: rawHidden ? null : (f.raw ?? null), rawHidden,
        points: f.points, weight: f.weight, contribution: f.contribution, band: f.band ?? null, missing: f.missing ?? null,
      };
    }),
    overrides: r.overrides,
    flags: r.flags,
    outputs: withoutPolicies(r.outputs, policiesReading(card, hidden)),
    problems: r.problems ?? [],
    scoredAt: score.scoredAt,
    jobId: score.jobId,
  };
}

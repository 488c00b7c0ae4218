/** @module The live preview: which fields a card reads, and a sample record scored in the browser by the engine. */
import { compileScorecard, conditionFacts, formCatalog, formulaReferences, FULL_WEIGHT, problem, validateScorecard } from '@heng/engine';
import type { CompiledForm, FormDefinition, Problem, ReferenceContext, ScoreResult, ScorecardDefinition } from '@heng/engine';
import { normalise, weightTotal } from '../ops/index.js';
import { sampleFields } from '../ops/sample-fields.js';
import type { ReadFields } from '../ops/sample-fields.js';

/** The ids the card reads: its factors' fields and formulas, condition bands, modifiers, overrides and policies. */
function readsOf(def: ScorecardDefinition): Set<string> {
  const ids = new Set<string>();
  for (const f of def.factors) {
    const m = f.method;
    if (m.kind === 'formula') formulaReferences(m.formula).forEach((r) => ids.add(r));
    else if (m.field !== undefined) ids.add(m.field);
    if (m.kind === 'bands') for (const b of m.bands) if ('when' in b) conditionFacts(b.when).forEach((r) => ids.add(r));
  }
  for (const m of def.modifiers ?? []) ids.add(m.dimension);
  for (const o of def.overrides ?? []) conditionFacts(o.when).forEach((r) => ids.add(r));
  for (const p of def.policies ?? []) Object.values(p.byGrade).forEach((s) => formulaReferences(s).forEach((r) => ids.add(r)));
  return ids;
}

/**
 * The fields a sample record needs for this card: those its factors, modifiers, overrides and
 * policies read, as {@link sampleFields} traces them (the admin types total assets and
 * liabilities, and sees the debt ratio computed).
 *
 * @example
 * fieldsRead(creditScorecard, customerCreditProfile)
 * // { inputs: ['industry', 'lawsuits_pending', 'abnormal_operation', 'annual_sales', 'total_assets', ...], computed: ['debt_ratio', 'years_of_cooperation'] }
 */
export function fieldsRead(def: ScorecardDefinition, form: FormDefinition): ReadFields {
  return sampleFields(readsOf(def), form);
}

/** The preview's answer: a score, or the problems that keep the card from scoring. */
export type Preview =
  | { readonly kind: 'scored'; readonly result: ScoreResult; readonly record: Readonly<Record<string, unknown>>; readonly normalised: boolean }
  | { readonly kind: 'blocked'; readonly problems: readonly Problem[]; readonly record: Readonly<Record<string, unknown>> };

/**
 * Scores `record` with the card as it is being edited, exactly as the server will (the same
 * engine): formulas computed first, then the card compiled and evaluated. While the weights do
 * not add up to 100%, the preview scores with them normalised and says so, so moving one
 * slider still shows its effect.
 *
 * @example
 * previewScore(def, compileForm(form), form, ctx, sample, '2024-06-30') // { kind: 'scored', result: { total: 69.4, grade: 'C', ... }, normalised: false }
 */
export function previewScore(def: ScorecardDefinition, compiledForm: CompiledForm, form: FormDefinition, ctx: ReferenceContext, record: Readonly<Record<string, unknown>>, today: string): Preview {
  const normalised = def.factors.length > 0 && weightTotal(def) !== FULL_WEIGHT;
  const card = normalised ? normalise(def) : def;
  const computed = compiledForm.computeRecord(record, { today });
  const problems = validateScorecard(card, ctx);
  if (problems.length > 0) return { kind: 'blocked', problems, record: computed };
  try {
    const result = compileScorecard(card, formCatalog(form)).evaluate(computed, { today });
    return { kind: 'scored', result, record: computed, normalised };
  } catch (e) {
    // compileScorecard throws only on definitions validation rejects; say so rather than go blank.
    return { kind: 'blocked', problems: [problem('', 'preview.failed', `The preview could not score: ${String(e)}`, `预览无法评分：${String(e)}`)], record: computed };
  }
}

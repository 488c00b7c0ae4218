/**
 * @module Grades wherever a chart groups by them: in their scorecard's order (best first), named
 * and coloured as it names and colours them (D（高风险）, #c62828). A field holds a scorecard's
 * grades when a rule set on that scorecard's score changes writes the score's `grade` into it
 * (the template's credit_grade), and a lookup of such a field (an order's copy of its customer's
 * grade) holds them too.
 */
import { gradeScale } from '@heng/engine';
import type { CompiledDimension, FieldPath, FormDefinition, GradeBand, LocalizedText, RuleSetDefinition, ScorecardDefinition } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { latestBodies } from '../definitions/context.js';

/** A scorecard's grades, best first. */
export type GradeScale = readonly GradeBand[];

/** The grades of each field that holds them (`form.field`). */
export type GradeScales = ReadonlyMap<string, GradeScale>;

/** The form a rule set's `set_field` writes to: its own, or through `on` the form its reference field points at. */
function writtenForm(set: RuleSetDefinition, on: string | undefined, forms: ReadonlyMap<string, FormDefinition>): string | undefined {
  if (on === undefined) return set.form;
  const ref = forms.get(set.form)?.fields.find((f) => f.id === on);
  return ref?.type === 'reference' ? ref.target : undefined;
}

/**
 * The fields that hold grades, with their scorecard's grades, best first: those a rule set
 * triggered by a scorecard's score changes sets to the formula `grade`, and each scorecard's
 * grade column (`customer.grade:credit_score`).
 *
 * @example
 * gradeScales([creditRating], new Map([['credit_score', creditScore]]), forms).get('customer.credit_grade')?.map((g) => g.grade) // ['AAA', 'AA', 'A', 'B', 'D']
 */
export function gradeScales(rulesets: readonly RuleSetDefinition[], scorecards: ReadonlyMap<string, ScorecardDefinition>, forms: ReadonlyMap<string, FormDefinition>): GradeScales {
  const out = new Map<string, GradeScale>();
  for (const set of rulesets) {
    if (set.trigger.kind !== 'score_changed') continue;
    const card = scorecards.get(set.trigger.scorecard);
    if (card === undefined) continue;
    for (const action of set.rules.flatMap((r) => r.actions)) {
      if (action.kind !== 'set_field' || action.formula?.trim() !== 'grade') continue;
      const form = writtenForm(set, action.on, forms);
      if (form !== undefined) out.set(`${form}.${action.field}`, gradeScale(card.grades, 0).bands);
    }
  }
  // And each scorecard's own grade column (grade:credit_score) of the form it scores.
  for (const [id, card] of scorecards) out.set(`${card.form}.grade:${id}`, gradeScale(card.grades, 0).bands);
  return out;
}

/**
 * The grades a field holds (itself or, a lookup, the field it copies); undefined for any other field.
 *
 * @example
 * scaleOf({ form: 'sales_order', info: customerGrade }, forms, scales)?.at(-1)?.color // '#c62828'
 */
export function scaleOf(path: FieldPath, forms: ReadonlyMap<string, FormDefinition>, scales: GradeScales): GradeScale | undefined {
  let [form, id] = [path.form, path.info.id];
  // A lookup of a lookup is followed too, a few steps at most.
  for (let step = 0; step < 4; step++) {
    const own = scales.get(`${form}.${id}`);
    if (own !== undefined) return own;
    const fields = forms.get(form)?.fields ?? [];
    const field = fields.find((f) => f.id === id);
    const via = field?.type === 'lookup' ? fields.find((f) => f.id === field.via) : undefined;
    if (field?.type !== 'lookup' || via?.type !== 'reference') return undefined;
    [form, id] = [via.target, field.field];
  }
  return undefined;
}

/**
 * The grade fields of a company's published rule sets and scorecards, archived ones left out.
 *
 * @example
 * const grades = await loadGradeScales(tx, tenantId, forms);
 */
export async function loadGradeScales(tx: Queryable, tenantId: string, forms: ReadonlyMap<string, FormDefinition>): Promise<GradeScales> {
  const rulesets = await latestBodies<RuleSetDefinition>(tx, tenantId, 'ruleset', { archived: false });
  const scorecards = await latestBodies<ScorecardDefinition>(tx, tenantId, 'scorecard', { archived: false });
  return gradeScales([...rulesets.values()], scorecards, forms);
}

/** A grade as a chart names it: itself and its scorecard's label (D（高风险） / D (High risk)). */
const named = (g: GradeBand): LocalizedText => ({ 'zh-CN': `${g.grade}（${g.label['zh-CN']}）`, en: `${g.grade} (${g.label.en})` });

/**
 * A dimension over grades, in its scale's order and named by it, where the dimension does not
 * say its own `order` or `labels`; any other dimension as it is. So a scale switched to A–D
 * charts A–D with no change to the dashboard.
 *
 * @example
 * graded(gradeDimension, scale).order // ['AAA', 'AA', 'A', 'B', 'D']
 */
export function graded(dim: CompiledDimension, scale: GradeScale | undefined): CompiledDimension {
  if (scale === undefined) return dim;
  return { ...dim, order: dim.order ?? scale.map((g) => g.grade), labels: { ...Object.fromEntries(scale.map((g) => [g.grade, named(g)])), ...dim.labels } };
}

/**
 * `choices` (a chart's groups or series) with the colour of each grade among them.
 *
 * @example
 * painted([{ key: 'D', label }], scale) // [{ key: 'D', label, color: '#c62828' }]
 */
export function painted<C extends { readonly key: string | null }>(choices: readonly C[], scale: GradeScale | undefined): C[] {
  return choices.map((c) => {
    const color = scale?.find((g) => g.grade === c.key)?.color;
    return color === undefined ? c : { ...c, color };
  });
}

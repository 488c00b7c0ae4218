/**
 * @module The colours of grades wherever a chart groups by a grade. A grade's colour is its
 * scorecard's (D #c62828); a field holds a scorecard's grades when a rule set on that scorecard's
 * score changes writes the score's `grade` into it (the template's credit_grade), and a lookup
 * of such a field (an order's copy of its customer's grade) holds them too.
 */
import type { FieldPath, FormDefinition, RuleSetDefinition, ScorecardDefinition } from '@heng/engine';
import type { Queryable } from '../db/port.js';

/** Each grade's colour, by the field that holds the grades (`form.field`). */
export type GradeColors = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** The form a rule set's `set_field` writes to: its own, or through `on` the form its reference field points at. */
function writtenForm(set: RuleSetDefinition, on: string | undefined, forms: ReadonlyMap<string, FormDefinition>): string | undefined {
  if (on === undefined) return set.form;
  const ref = forms.get(set.form)?.fields.find((f) => f.id === on);
  return ref?.type === 'reference' ? ref.target : undefined;
}

/**
 * The fields that hold grades, with each grade's colour: those a rule set triggered by a
 * scorecard's score changes sets to the formula `grade`.
 *
 * @example
 * gradeColors([creditRating], new Map([['credit_score', creditScore]]), forms).get('customer.credit_grade')?.get('D') // '#c62828'
 */
export function gradeColors(rulesets: readonly RuleSetDefinition[], scorecards: ReadonlyMap<string, ScorecardDefinition>, forms: ReadonlyMap<string, FormDefinition>): GradeColors {
  const out = new Map<string, ReadonlyMap<string, string>>();
  for (const set of rulesets) {
    if (set.trigger.kind !== 'score_changed') continue;
    const card = scorecards.get(set.trigger.scorecard);
    if (card === undefined) continue;
    for (const action of set.rules.flatMap((r) => r.actions)) {
      if (action.kind !== 'set_field' || action.formula?.trim() !== 'grade') continue;
      const form = writtenForm(set, action.on, forms);
      if (form !== undefined) out.set(`${form}.${action.field}`, new Map(card.grades.map((g) => [g.grade, g.color])));
    }
  }
  return out;
}

/**
 * The colour of each value of a field, when it holds grades (itself or, a lookup, the field it
 * copies); undefined for any other field.
 *
 * @example
 * colorsOf({ form: 'sales_order', info: customerGrade }, forms, colors)?.get('D') // '#c62828'
 */
export function colorsOf(path: FieldPath, forms: ReadonlyMap<string, FormDefinition>, colors: GradeColors): ReadonlyMap<string, string> | undefined {
  let [form, id] = [path.form, path.info.id];
  // A lookup of a lookup is followed too, a few steps at most.
  for (let step = 0; step < 4; step++) {
    const own = colors.get(`${form}.${id}`);
    if (own !== undefined) return own;
    const fields = forms.get(form)?.fields ?? [];
    const field = fields.find((f) => f.id === id);
    const via = field?.type === 'lookup' ? fields.find((f) => f.id === field.via) : undefined;
    if (field?.type !== 'lookup' || via?.type !== 'reference') return undefined;
    [form, id] = [via.target, field.field];
  }
  return undefined;
}

// The latest published version of each rule set and scorecard not archived.
const LATEST = `
  SELECT DISTINCT ON (v.kind, v.id) v.kind, v.body FROM definition_versions v
  JOIN definitions d ON d.tenant_id = v.tenant_id AND d.kind = v.kind AND d.id = v.id AND NOT d.archived
  WHERE v.tenant_id = $1 AND v.kind IN ('ruleset', 'scorecard')
  ORDER BY v.kind, v.id, v.version DESC`;

/**
 * The grade colours of a company's published rule sets and scorecards.
 *
 * @example
 * const colors = await loadGradeColors(tx, tenantId, forms);
 */
export async function loadGradeColors(tx: Queryable, tenantId: string, forms: ReadonlyMap<string, FormDefinition>): Promise<GradeColors> {
  const rows = await tx.query<{ kind: 'ruleset' | 'scorecard'; body: RuleSetDefinition | ScorecardDefinition }>(LATEST, [tenantId]);
  const rulesets = rows.flatMap((r) => (r.kind === 'ruleset' ? [r.body as RuleSetDefinition] : []));
  const scorecards = new Map(rows.flatMap((r) => (r.kind === 'scorecard' ? [[r.body.id, r.body as ScorecardDefinition] as const] : [])));
  return gradeColors(rulesets, scorecards, forms);
}

/**
 * `choices` (a chart's groups or series) with the colour of each value that has one.
 *
 * @example
 * painted([{ key: 'D', label }], new Map([['D', '#c62828']])) // [{ key: 'D', label, color: '#c62828' }]
 */
export function painted<C extends { readonly key: string | null }>(choices: readonly C[], colors: ReadonlyMap<string, string> | undefined): C[] {
  return choices.map((c) => {
    const color = c.key === null ? undefined : colors?.get(c.key);
    return color === undefined ? c : { ...c, color };
  });
}

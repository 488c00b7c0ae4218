/**
 * @module What publishing a scorecard's draft would change, before it is published: every live
 * record of its form scored by the draft, beside the score it has now (and the policies' values).
 */
import { labelFieldOf, recordLabel, specOf } from '@heng/engine';
import type { CompiledScorecard, DraftImpact, GradeMove, ImpactExample, ScorecardDefinition, ScoreSide } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { checkDefinition } from '../definitions/publish.js';
import { referenceContext } from '../definitions/context.js';
import { noDefinition } from '../definitions/request.js';
import { getDraft, publishedVersion } from '../definitions/store.js';
import { validationFailed } from '../http/app-error.js';
import { businessDay } from '../records/form.js';
import type { LoadedForm } from '../records/form.js';
import { reaches } from '../records/row-access.js';
import type { RowReader } from '../records/row-access.js';
import { PolicyTally } from './policy-impact.js';
import type { PolicyValues } from './policy-impact.js';

/** How many records are read and scored at a time. */
const BATCH = 1000;

/** How many changed records the impact names. */
export const IMPACT_EXAMPLES = 10;

interface Row {
  id: string;
  data: Record<string, unknown>;
  total: string | null;
  grade: string | null;
  outputs: PolicyValues;
}

// The current score of each record by the scorecard, found by the primary key.
const PAGE = `SELECT r.id, r.data, s.total, s.grade, s.result->'outputs' AS outputs FROM records r
  LEFT JOIN scores s ON s.tenant_id = r.tenant_id AND s.record_id = r.id AND s.scorecard_id = $3
  WHERE r.tenant_id = $1 AND r.form_id = $2 AND r.deleted_at IS NULL AND r.id > $4
  ORDER BY r.id LIMIT ${BATCH}`;

const moveKey = (m: { from: string | null; to: string | null }): string => JSON.stringify([m.from, m.to]);

/** The more telling of two changed records: a grade move first, then the bigger change of total. */
function moreTelling(a: ImpactExample, b: ImpactExample): number {
  const moved = (e: ImpactExample) => (e.now.grade === e.draft.grade ? 0 : 1);
  const delta = (e: ImpactExample) => Math.abs((e.draft.total ?? 0) - (e.now.total ?? 0));
  return moved(b) - moved(a) || delta(b) - delta(a) || a.recordId.localeCompare(b.recordId);
}

/** Counts what scoring records by the draft changes to their scores, keeping the examples `who` may see. */
class Tally {
  records = 0;
  changedScores = 0;
  changedGrades = 0;
  readonly #moves = new Map<string, GradeMove>();
  #examples: ImpactExample[] = [];
  readonly #labelShown: boolean;

  constructor(
    private readonly form: LoadedForm,
    private readonly who: RowReader & { readonly roles: readonly string[] },
  ) {
    const field = labelFieldOf(form.compiled.definition);
    this.#labelShown = field !== undefined && form.compiled.accessFor(who.roles)[field] !== 'hidden';
  }

  add(row: Row, draft: ScoreSide): void {
    this.records += 1;
    const now: ScoreSide = { total: row.total === null ? null : Number(row.total), grade: row.grade };
    const scoreMoved = now.total !== draft.total;
    const gradeMoved = now.grade !== draft.grade;
    if (scoreMoved) this.changedScores += 1;
    if (gradeMoved) {
      this.changedGrades += 1;
      const key = moveKey({ from: now.grade, to: draft.grade });
      this.#moves.set(key, { from: now.grade, to: draft.grade, count: (this.#moves.get(key)?.count ?? 0) + 1 });
    }
    const def = this.form.compiled.definition;
    if ((!scoreMoved && !gradeMoved) || !reaches(def, row.data, this.who)) return;
    const label = this.#labelShown ? (recordLabel(def, row.data) ?? null) : null;
    this.#examples.push({ recordId: row.id, label, now, draft });
    // Sorted and cut now and then, not per record: the list stays short without a sort per row.
    if (this.#examples.length >= IMPACT_EXAMPLES * 10) this.#examples = this.#examples.sort(moreTelling).slice(0, IMPACT_EXAMPLES);
  }

  result(revision: number, formId: string, policies: PolicyTally): DraftImpact {
    const moves = [...this.#moves.values()].sort((a, b) => b.count - a.count || moveKey(a).localeCompare(moveKey(b)));
    return {
      revision, formId, records: this.records, changedScores: this.changedScores, changedGrades: this.changedGrades, moves,
      examples: this.#examples.sort(moreTelling).slice(0, IMPACT_EXAMPLES),
      policies: policies.result(),
    };
  }
}

/** What the caller needs to be for {@link draftImpact}. */
export type ImpactReader = RowReader & { readonly tenantId: string; readonly roles: readonly string[] };

/**
 * Scores every live record of the draft's form by the saved draft of scorecard `id` (today's
 * business day from `now`), beside each one's current score by that scorecard, and tells what
 * would change. A draft with problems is refused (422, its problems) as publishing would.
 * Read-only: nothing is stored. Run it in a repeatable-read transaction for one snapshot.
 *
 * @example
 * const impact = await db.withTenant(me.tenantId, (tx) => draftImpact(tx, me, 'credit_score', loadForm, clock.now()), { isolation: 'repeatable read' });
 */
export async function draftImpact(
  tx: Queryable, who: ImpactReader, id: string, loadForm: (formId: string) => Promise<LoadedForm>, now: Date,
): Promise<DraftImpact> {
  const draft = await getDraft(tx, who.tenantId, 'scorecard', id);
  if (draft === undefined) throw noDefinition('scorecard', id);
  const problems = await checkDefinition(tx, who.tenantId, { kind: 'scorecard', id }, draft.draft);
  if (problems.length > 0) throw validationFailed(problems);
  const body = draft.draft as unknown as ScorecardDefinition;
  const card = specOf('scorecard').compile(body, await referenceContext(tx, who.tenantId)) as CompiledScorecard;
  const tally = new Tally(await loadForm(body.form), who);
  const live = (await publishedVersion(tx, who.tenantId, 'scorecard', id))?.body as ScorecardDefinition | undefined;
  const policies = new PolicyTally(body.policies ?? [], live?.policies ?? []);
  const facts = { today: businessDay(now) };
  for (let after = ''; ; ) {
    const rows = await tx.query<Row>(PAGE, [who.tenantId, body.form, id, after]);
    for (const row of rows) {
      const scored = card.evaluate(row.data, facts);
      tally.add(row, { total: scored.total, grade: scored.grade });
      policies.add(row.outputs, scored.outputs);
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1]!.id;
  }
  return tally.result(draft.revision, body.form, policies);
}

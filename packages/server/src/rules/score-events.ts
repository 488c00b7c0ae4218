/** @module score_changed events: what scoring's hook just stored for a record revision, against the score before it. */
import { scoreChangeValues } from '@heng/engine';
import type { FormulaValue, GradeBand, LocalizedText, ScoreParts, ScorecardDefinition, TriggerEvent } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { compiledDefinitions } from '../definitions/compiled-cache.js';
import { latestForm } from '../records/form.js';
import { factorValues } from '../scoring/explain.js';
import { loadScorecard, scorecardCache } from '../scoring/scorecards.js';

/** One scorecard whose total or grade changed with a record revision, and its facts for the rules (see `scoreChangeValues`). */
export interface ScoreChange {
  readonly event: Extract<TriggerEvent, { kind: 'score_changed' }>;
  readonly facts: Readonly<Record<string, FormulaValue | LocalizedText>>;
}

interface HistoryRow {
  record_id: string;
  scorecard_id: string;
  scorecard_version: number;
  record_revision: number;
  total: string | number | null;
  grade: string | null;
  /** How many scores of the record by the scorecard had a grade, this one included. */
  graded: number;
  /** The policy outputs. */
  outputs: Record<string, FormulaValue> | null;
  /** What the score was made of, which the latest is compared with to say what moved it. */
  factors: ScoreParts['factors'] | null;
  overrides: ScoreParts['overrides'] | null;
  rn: number;
}

/** What a score change's facts need of a scorecard version: its form, grades, policies, factors and overrides. */
type CardFacts = Pick<ScorecardDefinition, 'form' | 'factors' | 'overrides' | 'policies'> & { readonly grades: readonly GradeBand[] };
const NO_CARD: CardFacts = { form: '', grades: [], factors: [] };

/** A history row's parts, when it kept its factors. */
const partsOf = (row: HistoryRow): Partial<ScoreParts> => (row.factors === null ? {} : { factors: row.factors, overrides: row.overrides ?? [] });

const numberOf = (v: string | number | null): number | null => (v === null ? null : Number(v));

/** Whether a policy output the score before had none of now has a value (a limit once the annual sales it is a share of are in). */
const policyFilled = (now: HistoryRow['outputs'], before: HistoryRow['outputs']): boolean =>
  Object.entries(now ?? {}).some(([id, v]) => v !== null && (before === null || !Object.hasOwn(before, id) || before[id] === null));

/**
 * The scorecards whose score of `revision` (just stored by scoring's `afterWrite`) differs in
 * total or grade from the score kept before it, or gives a policy a value it had none of (the
 * limit once the annual sales are in); a first score counts as a change from null.
 *
 * @example
 * const changes = await scoreChanges(tx, tenantId, rec.id, rec.revision); // [{ event: { kind: 'score_changed', scorecard: 'credit_score' }, facts: { score: 20, ... } }]
 */
export async function scoreChanges(tx: Queryable, tenantId: string, recordId: string, revision: number): Promise<ScoreChange[]> {
  return (await scoreChangesOf(tx, tenantId, [{ id: recordId, revision }])).get(recordId) ?? [];
}

/**
 * {@link scoreChanges} of many record revisions in one statement (a re-score's batch), by record id.
 *
 * @example
 * const byRecord = await scoreChangesOf(tx, tenantId, batch); // Map { 'c1' => [{ event, facts }] }
 */
export async function scoreChangesOf(tx: Queryable, tenantId: string, recs: readonly { readonly id: string; readonly revision: number }[]): Promise<Map<string, ScoreChange[]>> {
  const rows = await tx.query<HistoryRow>(
    `SELECT h.record_id, h.scorecard_id, h.scorecard_version, h.record_revision, h.total, h.grade, h.graded, h.rn,
       o.result->'outputs' AS outputs, o.result->'factors' AS factors, o.result->'overrides' AS overrides FROM (
       SELECT id, record_id, scorecard_id, scorecard_version, record_revision, total, grade,
         count(grade) OVER (PARTITION BY record_id, scorecard_id)::int AS graded,
         row_number() OVER (PARTITION BY record_id, scorecard_id ORDER BY record_revision DESC, scorecard_version DESC, scored_at DESC, id DESC)::int AS rn
       FROM score_history WHERE tenant_id = $1 AND record_id = ANY($2::text[])
     ) h LEFT JOIN score_history o ON o.tenant_id = $1 AND o.id = h.id
     WHERE h.rn <= 2 ORDER BY h.record_id, h.scorecard_id, h.rn`,
    [tenantId, recs.map((r) => r.id)],
  );
  const revisions = new Map(recs.map((r) => [r.id, r.revision]));
  // Scoring compiled the latest versions just now: these are hits in its cache.
  const cardOf = async (id: string, version: number): Promise<CardFacts> => (await loadScorecard(tx, scorecardCache, tenantId, id, version))?.compiled.definition ?? NO_CARD;
  const out = new Map<string, ScoreChange[]>();
  // Ordered by record, scorecard and rank: the score before a latest one is the row after it.
  for (const [i, latest] of rows.entries()) {
    if (latest.rn !== 1 || latest.record_revision !== revisions.get(latest.record_id)) continue;
    const next = rows[i + 1];
    const before = next !== undefined && next.rn === 2 && next.record_id === latest.record_id && next.scorecard_id === latest.scorecard_id ? next : undefined;
    const now = { total: numberOf(latest.total), grade: latest.grade, outputs: latest.outputs, ...partsOf(latest) };
    if (now.total === numberOf(before?.total ?? null) && now.grade === (before?.grade ?? null) && !policyFilled(now.outputs, before?.outputs ?? null)) continue;
    const card = await cardOf(latest.scorecard_id, latest.scorecard_version);
    const previous = before === undefined ? null : { total: numberOf(before.total), grade: before.grade, grades: (await cardOf(before.scorecard_id, before.scorecard_version)).grades, ...partsOf(before) };
    // What moved the score is told with the values of factors every role of the form may see, in their fields' types.
    const values = card === NO_CARD ? undefined : factorValues(card, (await latestForm(tx, compiledDefinitions, tenantId, card.form)).compiled.definition);
    const facts = scoreChangeValues(card, now, previous, latest.graded - (latest.grade === null ? 0 : 1) > 0, values);
    out.set(latest.record_id, [...(out.get(latest.record_id) ?? []), { event: { kind: 'score_changed', scorecard: latest.scorecard_id }, facts }]);
  }
  return out;
}

/**
 * @module A list's score columns: `scores=<scorecard>,…` adds each record's current score and grade
 * by those scorecards of the form (one subquery of the same statement), `sort=score:<scorecard>`
 * and `sort=grade:<scorecard>` order by them, `filter[score:<scorecard>][gte]=60` and
 * `filter[grade:<scorecard>][in]=A,B` filter by them.
 */
import { splitValueList } from '@heng/engine';
import type { ScorecardDefinition } from '@heng/engine';
import type { FieldProblem } from '../http/app-error.js';
import type { LoadedScorecard } from '../scoring/scorecards.js';
import type { Params } from './list-keys.js';

/** A record's current score by one scorecard as a list shows it; null when it has none. */
export interface ListedScore {
  readonly total: number | null;
  readonly grade: string | null;
  /** The grade's label and color, as the scorecard version that scored it gave them. */
  readonly label: Readonly<Record<string, string>> | null;
  readonly color: string | null;
}

/** A scorecard's score (`score:<id>`) or grade (`grade:<id>`) as a list's sort key. */
export interface ScoreKey {
  readonly field: string;
  readonly scorecard: string;
  /** The grades best first, a grade's key being its place; absent: the key is the total. */
  readonly grades?: readonly string[];
  readonly cast: '::float8';
}

/** The form's published scorecards by id, as the list's score columns read them. */
export type ScoreCatalog = ReadonlyMap<string, ScorecardDefinition>;

/**
 * The catalog of a form's scorecards (latest published versions).
 *
 * @example
 * scoreCatalog(await scorecardsOf(tx, scorecardCache, tenantId, 'customer')) // Map { 'credit_score' => definition }
 */
export const scoreCatalog = (cards: readonly LoadedScorecard[]): ScoreCatalog => new Map(cards.map((c) => [c.id, c.compiled.definition]));

/** Whether a list request names a score column, so the form's scorecards must be read. */
export const mentionsScores = (entries: readonly [string, string][]): boolean =>
  entries.some(([k, v]) => k === 'scores' || (k === 'sort' && /^-?(score|grade):/.test(v)) || /^filter\[(score|grade):/.test(k));

const SCORE_COLUMN = /^(score|grade):(.+)$/;

/** Whether a sort or filter names a score column (`score:<id>` or `grade:<id>`), not a field. */
export const isScoreColumn = (name: string): boolean => SCORE_COLUMN.test(name);

const bad = (name: string, en: string, zh: string): FieldProblem => ({ path: `/query/${name}`, code: 'query.invalid', message: en, messageZh: zh });

function unknownScorecard(name: string, id: string, catalog: ScoreCatalog): FieldProblem {
  const known = [...catalog.keys()].join(', ') || '(none)';
  return bad(name, `${name}: the form has no published scorecard "${id}". Its scorecards: ${known}.`, `${name}：该表单没有已发布的评分卡 "${id}"。其评分卡：${known === '(none)' ? '（无）' : known}。`);
}

/** The grades of a scorecard, best (highest minimum) first. */
const gradesBestFirst = (card: ScorecardDefinition): string[] => [...card.grades].sort((a, b) => b.min - a.min).map((g) => g.grade);

/**
 * The scorecards `scores=a,b` names, once each, in their order (unchecked).
 *
 * @example
 * scorecardIds('credit_score,risk,credit_score') // ['credit_score', 'risk']
 */
export const scorecardIds = (raw: string): string[] => [...new Set(splitValueList(raw))];

/**
 * The scorecards `scores=a,b` asks for, checked to be the form's; empty without the parameter.
 *
 * @example
 * scorecardsAsked('credit_score', catalog, problems) // ['credit_score']
 */
export function scorecardsAsked(raw: string | undefined, catalog: ScoreCatalog, problems: FieldProblem[]): string[] {
  if (raw === undefined) return [];
  const ids = scorecardIds(raw);
  const unknown = ids.filter((id) => !catalog.has(id));
  for (const id of unknown) problems.push(unknownScorecard('scores', id, catalog));
  return unknown.length > 0 ? [] : ids;
}

/**
 * The select list's `scores` column: the records' current scores by `ids`, as one object by
 * scorecard id (null when none), read in the same statement as the records.
 *
 * @example
 * scoresColumn(['credit_score'], params) // ', (SELECT jsonb_object_agg(...) FROM scores AS sc WHERE ...) AS scores'
 */
export function scoresColumn(ids: readonly string[], params: Params): string {
  if (ids.length === 0) return '';
  const score = `jsonb_build_object('total', sc.total, 'grade', sc.grade, 'label', sc.result->'label', 'color', sc.result->'color')`;
  return `, (SELECT jsonb_object_agg(sc.scorecard_id, ${score}) FROM scores AS sc WHERE sc.tenant_id = records.tenant_id AND sc.record_id = records.id AND sc.scorecard_id IN (${ids.map((id) => params.add(id)).join(', ')})) AS scores`;
}

/**
 * Every scorecard asked for, with the record's score or null (a record not scored by it).
 *
 * @example
 * scoresOf(['credit_score', 'risk'], { credit_score: { total: 71, grade: 'B', label, color } }) // { credit_score: {...}, risk: null }
 */
export function scoresOf(ids: readonly string[], found: Readonly<Record<string, ListedScore>> | null): Record<string, ListedScore | null> {
  return Object.fromEntries(ids.map((id) => [id, found?.[id] ?? null]));
}

/**
 * The sort key of `score:<id>` or `grade:<id>`; undefined, with a problem, when the form has no such
 * scorecard.
 *
 * @example
 * scoreSortKey('grade:credit_score', catalog, problems) // { field: 'grade:credit_score', scorecard: 'credit_score', grades: ['A', 'B', 'C'], cast: '::float8' }
 */
export function scoreSortKey(column: string, catalog: ScoreCatalog, problems: FieldProblem[]): ScoreKey | undefined {
  const [, part, id] = SCORE_COLUMN.exec(column) ?? [];
  const card = catalog.get(id ?? '');
  if (card === undefined) {
    problems.push(unknownScorecard('sort', id ?? column, catalog));
    return undefined;
  }
  return { field: column, scorecard: card.id, cast: '::float8', ...(part === 'grade' ? { grades: gradesBestFirst(card) } : {}) };
}

/** The key of a score row `s`: the total, or the grade's place best first (null for a grade the scorecard no longer has). */
function keyValue(key: ScoreKey, params: Params, s: string): string {
  if (key.grades === undefined) return `${s}.total::float8`;
  return `(CASE ${s}.grade ${key.grades.map((g, i) => `WHEN ${params.add(g)} THEN ${i + 1}`).join(' ')} END)::float8`;
}

/**
 * The join of the score keys, as `k` (`k.record_id`, `k.v`), like a field's sort keys.
 *
 * @example
 * scoreJoin(key, params) // 'JOIN (SELECT record_id, total::float8 AS v FROM scores ...) AS k ON k.record_id = records.id'
 */
export function scoreJoin(key: ScoreKey, params: Params): string {
  const v = keyValue(key, params, 'sk');
  return `JOIN (SELECT sk.record_id, ${v} AS v FROM scores AS sk WHERE sk.tenant_id = $1 AND sk.scorecard_id = ${params.add(key.scorecard)} AND ${v} IS NOT NULL) AS k ON k.record_id = records.id`;
}

/**
 * The condition "the record has no score key": not scored, scored without a total, or with a grade
 * the scorecard no longer has. Such records come last.
 *
 * @example
 * withoutScore(key, params) // 'NOT EXISTS (SELECT 1 FROM scores AS sk WHERE ...)'
 */
export function withoutScore(key: ScoreKey, params: Params): string {
  const v = keyValue(key, params, 'sk');
  return `NOT EXISTS (SELECT 1 FROM scores AS sk WHERE sk.tenant_id = records.tenant_id AND sk.record_id = records.id AND sk.scorecard_id = ${params.add(key.scorecard)} AND ${v} IS NOT NULL)`;
}

const SCORE_OPS: Readonly<Record<string, string>> = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };
const GRADE_OPS = ['eq', 'ne', 'in'];

/**
 * The condition of `filter[score:<id>][op]` (eq, gt, gte, lt, lte on the total) or
 * `filter[grade:<id>][op]` (eq, ne, in on the grade); undefined, with a problem, when it does not fit.
 *
 * @example
 * scoreCondition('filter[grade:credit_score][in]', 'grade:credit_score', 'in', 'A,B', catalog, params, problems) // 'id IN (SELECT record_id FROM scores WHERE ...)'
 */
export function scoreCondition(name: string, column: string, op: string, raw: string, catalog: ScoreCatalog, params: Params, problems: FieldProblem[]): string | undefined {
  const [, part, id] = SCORE_COLUMN.exec(column) ?? [];
  const card = catalog.get(id ?? '');
  if (card === undefined) {
    problems.push(unknownScorecard(name, id ?? column, catalog));
    return undefined;
  }
  const scored = (cond: string): string => `id IN (SELECT record_id FROM scores WHERE tenant_id = $1 AND scorecard_id = ${params.add(card.id)} AND ${cond})`;
  if (part === 'score') {
    const n = raw.trim() === '' ? Number.NaN : Number(raw);
    if (SCORE_OPS[op] === undefined || !Number.isFinite(n)) {
      problems.push(bad(name, `${name} must be a number, with one of the operators eq, gt, gte, lt, lte (got "${raw}").`, `${name} 应为数字，运算符为 eq、gt、gte、lt、lte 之一（收到 "${raw}"）。`));
      return undefined;
    }
    return scored(`total::float8 ${SCORE_OPS[op]!} ${params.add(n)}::float8`);
  }
  const grades = gradesBestFirst(card);
  // Each grade once: a value repeated many times binds no more parameters than the scorecard has grades.
  const values = op === 'in' ? [...new Set(splitValueList(raw))] : [raw];
  if (!GRADE_OPS.includes(op) || values.some((g) => !grades.includes(g))) {
    const known = grades.join(', ');
    problems.push(bad(name, `${name} must be grades of the scorecard (${known}), with one of the operators eq, ne, in (got "${raw}").`, `${name} 应为该评分卡的等级（${known}），运算符为 eq、ne、in 之一（收到 "${raw}"）。`));
    return undefined;
  }
  const among = scored(`grade IN (${values.map((g) => params.add(g)).join(', ')})`);
  return op === 'ne' ? `NOT (${among})` : among;
}

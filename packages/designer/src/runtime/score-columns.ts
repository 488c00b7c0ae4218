/** @module A record list's score columns: each published scorecard's score and grade beside the form's fields, and the scorecards the list asks the server for. */
import type { FieldAccess, FieldDefinition, FormDefinition, ScorecardDefinition } from '@heng/engine';
import { listColumns } from './list-query.js';

/** A scorecard's score (`score:<id>`) or grade (`grade:<id>`) as a column, named as the records API sorts and filters on it. */
export interface ScoreColumn {
  readonly id: string;
  readonly part: 'score' | 'grade';
  readonly card: ScorecardDefinition;
}

/** A list column: a field of the form, or a score column. */
export type ListColumn = FieldDefinition | ScoreColumn;

/** Whether a column is a score column. */
export const isScoreColumn = (c: ListColumn): c is ScoreColumn => 'card' in c;

/**
 * The score and grade columns of the form's published scorecards, each scorecard's score then grade.
 *
 * @example
 * scoreColumns([creditScore]).map((c) => c.id) // ['score:credit_score', 'grade:credit_score']
 */
export function scoreColumns(cards: readonly ScorecardDefinition[]): ScoreColumn[] {
  return cards.flatMap((card) => (['score', 'grade'] as const).map((part) => ({ id: `${part}:${card.id}`, part, card })));
}

/**
 * The columns a list shows: those the user picked (`chosen`), fields and score columns in their
 * order, less any gone or hidden from their roles (see `listColumns`); else the form's default.
 *
 * @example
 * shownColumns(customer, access, scoreColumns([creditScore]), ['company_name', 'grade:credit_score']).map((c) => c.id) // ['company_name', 'grade:credit_score']
 */
export function shownColumns(form: FormDefinition, access: Readonly<Record<string, FieldAccess>>, scores: readonly ScoreColumn[], chosen?: readonly string[]): ListColumn[] {
  const byId = new Map<string, ListColumn>([...listColumns(form, access, chosen).map((f) => [f.id, f] as const), ...scores.map((c) => [c.id, c] as const)]);
  const picked = (chosen ?? []).flatMap((id) => byId.get(id) ?? []);
  return picked.length > 0 ? picked : listColumns(form, access);
}

/**
 * The scorecards whose scores the shown columns need (the list's `scores` parameter), once each.
 *
 * @example
 * scorecardsShown(shownColumns(customer, access, scores, ['score:credit_score', 'grade:credit_score'])) // ['credit_score']
 */
export function scorecardsShown(columns: readonly ListColumn[]): string[] {
  return [...new Set(columns.filter(isScoreColumn).map((c) => c.card.id))];
}

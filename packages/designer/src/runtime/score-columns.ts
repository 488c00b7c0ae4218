/** @module A record list's score columns: each published scorecard's score and grade beside the form's fields, and the scorecards the list asks the server for. */
import type { FieldAccess, FieldDefinition, FieldInfo, FormDefinition, ScorecardDefinition } from '@heng/engine';
import type { TFunction } from 'i18next';
import type { Lang } from '../i18n/language.js';
import { BLANK_OPS, listColumns, OPS_OF } from './list-query.js';
import type { FilterOp } from './list-query.js';

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
 * order, less any gone or hidden from their roles (see `listColumns`); else the form's default:
 * its `listColumns`, or when it names none its first fields and the grade of each of its
 * scorecards (an admin who publishes one sees its grades in the list at once).
 *
 * @example
 * shownColumns(customer, access, scoreColumns([creditScore]), ['company_name', 'grade:credit_score']).map((c) => c.id) // ['company_name', 'grade:credit_score']
 */
export function shownColumns(form: FormDefinition, access: Readonly<Record<string, FieldAccess>>, scores: readonly ScoreColumn[], chosen?: readonly string[]): ListColumn[] {
  const byId = new Map<string, ListColumn>([...listColumns(form, access, chosen).map((f) => [f.id, f] as const), ...scores.map((c) => [c.id, c] as const)]);
  const picked = (chosen ?? []).flatMap((id) => byId.get(id) ?? []);
  if (picked.length > 0) return picked;
  return form.listColumns === undefined ? [...listColumns(form, access), ...scores.filter((c) => c.part === 'grade')] : listColumns(form, access);
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

/**
 * A column's title, and its name in the column chooser and the filter bar: a field's label, or
 * "评分 · <scorecard>" / "等级 · <scorecard>".
 *
 * @example
 * columnTitle(gradeColumn, 'zh-CN', t) // '等级 · 供应商评级'
 */
export const columnTitle = (c: ListColumn, lang: Lang, t: TFunction): string => (isScoreColumn(c) ? t(`runtime.list.${c.part}Column`, { name: c.card.name[lang] }) : c.label[lang]);

/**
 * The score and grade columns as the filter bar offers them: a score is a number, a grade a field
 * whose options are the scorecard's grades.
 *
 * @example
 * scoreFilters(scoreColumns([creditScore])) // [{ id: 'score:credit_score', type: 'number', kind: 'number' }, { id: 'grade:credit_score', type: 'single_select', kind: 'text', options: ['A', 'B', 'C'] }]
 */
export function scoreFilters(scores: readonly ScoreColumn[]): FieldInfo[] {
  return scores.map((c) => (c.part === 'score' ? { id: c.id, type: 'number', kind: 'number' } : { id: c.id, type: 'single_select', kind: 'text', options: c.card.grades.map((g) => g.grade) }));
}

/** The operators the records API takes on a score, at least first. */
const SCORE_OPS: readonly FilterOp[] = ['gte', 'lte', 'gt', 'lt', 'eq'];
/** The operators that make sense on a text named by options (a select, a grade, value labels): one option or several, never a part or a range of an option's id. */
const OPTION_OPS: readonly FilterOp[] = ['eq', 'ne', 'in'];

/**
 * The operators a filter on `info` takes: a score's and a grade's as the API takes them, a text
 * with options' among its options or none, any other field's by its kind.
 *
 * @example
 * filterOps({ id: 'grade:credit_score', type: 'single_select', kind: 'text', options: ['A', 'B'] }) // ['eq', 'ne', 'in']
 * filterOps({ id: 'score:credit_score', type: 'number', kind: 'number' }) // ['gte', 'lte', 'gt', 'lt', 'eq']
 */
export const filterOps = (info: FieldInfo): readonly FilterOp[] => {
  if (info.id.startsWith('score:')) return SCORE_OPS;
  if (info.id.startsWith('grade:')) return OPTION_OPS;
  return info.kind === 'text' && info.options !== undefined ? [...OPTION_OPS, ...BLANK_OPS] : OPS_OF[info.kind];
};

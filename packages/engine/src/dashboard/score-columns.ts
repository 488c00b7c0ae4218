/**
 * @module A scorecard's score and grade as a chart reads them beside its form's fields:
 * `score:<scorecard>` (the total) and `grade:<scorecard>` (its grade), named as record lists name
 * their score columns, each record's latest stored score.
 */
import type { FieldCatalog, FieldInfo } from '../core/catalog.js';
import { withFacts } from '../core/catalog.js';
import type { ReferenceContext } from '../core/context.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';

const ID = '[A-Za-z][A-Za-z0-9_]{0,63}';

/** The pattern of a score column (`score:credit_score`, `grade:credit_score`), for the schema. */
export const SCORE_COLUMN_PATTERN = `(score|grade):${ID}`;

const SCORE_COLUMN = new RegExp(`^${SCORE_COLUMN_PATTERN}$`);

/** Which part of which scorecard's score a column reads. */
export interface ScoreColumn {
  readonly part: 'score' | 'grade';
  readonly scorecard: string;
}

/**
 * The scorecard and part a column names; undefined for a field.
 *
 * @example
 * scoreColumnOf('grade:credit_score') // { part: 'grade', scorecard: 'credit_score' }
 * scoreColumnOf('region') // undefined
 */
export function scoreColumnOf(id: string): ScoreColumn | undefined {
  if (!SCORE_COLUMN.test(id)) return undefined;
  const [part, scorecard] = id.split(':') as ['score' | 'grade', string];
  return { part, scorecard };
}

/**
 * The score and grade columns of every scorecard of `form` in `ctx`: the total a number, the
 * grade a text whose options are the scorecard's grades, each labelled 评分 · <scorecard> / 等级 · <scorecard>.
 *
 * @example
 * scoreColumns('customer', ctx).map((c) => c.id) // ['score:credit_score', 'grade:credit_score']
 */
export function scoreColumns(form: string, ctx: ReferenceContext): FieldInfo[] {
  return [...ctx.scorecards].filter(([, card]) => card.form === form).flatMap(([id, card]) => {
    const name = card.name ?? { en: id, 'zh-CN': id };
    return [
      { id: `score:${id}`, type: 'score', kind: 'number', computed: true, label: { en: `Score · ${name.en}`, 'zh-CN': `评分 · ${name['zh-CN']}` } },
      { id: `grade:${id}`, type: 'grade', kind: 'text', computed: true, options: card.grades, label: { en: `Grade · ${name.en}`, 'zh-CN': `等级 · ${name['zh-CN']}` } },
    ];
  });
}

/**
 * What a chart of `form` may group by, aggregate and filter on: its fields and its scorecards'
 * score columns; undefined when the form is not published.
 *
 * @example
 * chartCatalog('customer', ctx)?.get('grade:credit_score')?.options // ['A', 'B', 'C', 'D']
 */
export function chartCatalog(form: string, ctx: ReferenceContext): FieldCatalog | undefined {
  const catalog = ctx.forms.get(form);
  return catalog === undefined ? undefined : withFacts(catalog, scoreColumns(form, ctx));
}

/**
 * The problem of a name `form`'s chart catalog does not have, placed at `at`: a score column of
 * a scorecard not published or that scores another form, said so; else an unknown field, with
 * the likely one.
 *
 * @example
 * unknownColumn('customer', 'grade:application_score', ctx, '/charts/0/groupBy/field').code // 'dashboard.scorecard.form'
 */
export function unknownColumn(form: string, id: string, ctx: ReferenceContext, at: string): Problem {
  const column = scoreColumnOf(id);
  const card = column === undefined ? undefined : ctx.scorecards.get(column.scorecard);
  if (column !== undefined && card === undefined) {
    const h = hint(column.scorecard, [...ctx.scorecards.keys()]);
    return problem(at, 'dashboard.scorecard.unknown', `"${id}" reads scorecard "${column.scorecard}", which is not published.${h.en}`, `"${id}" 读取的评分卡 "${column.scorecard}" 未发布。${h.zh}`);
  }
  if (column !== undefined && card !== undefined) {
    return problem(at, 'dashboard.scorecard.form', `Scorecard "${column.scorecard}" scores records of form "${card.form}", not of "${form}" this chart counts: pick a scorecard of "${form}", or chart form "${card.form}".`, `评分卡 "${column.scorecard}" 评的是表单 "${card.form}" 的记录，而非此图表统计的 "${form}"：请选择 "${form}" 的评分卡，或改为统计表单 "${card.form}"。`);
  }
  const keys = [...(chartCatalog(form, ctx)?.keys() ?? [])];
  const h = hint(id, keys);
  return problem(at, 'dashboard.field.unknown', `Form "${form}" has no field "${id}".${h.en}`, `表单 "${form}" 中没有字段 "${id}"。${h.zh}`);
}

/** @module The registry of triggers: when a rule set runs, and which context facts its rules may name. */
import type { FieldCatalog, FieldInfo } from '../core/catalog.js';
import type { ReferenceContext, ScorecardFacts } from '../core/context.js';
import { idSchema, RECORD_FACT_IDS } from '../core/ids.js';
import { pointer } from '../core/json-pointer.js';
import type { DefinitionKind, DefinitionRef } from '../core/kind.js';
import type { LocalizedText } from '../core/localized.js';
import { problem, type Problem } from '../core/problem.js';
import { FACTOR_CHANGES_FACT, GRADE_TREND_FACT } from '../scorecard/facts.js';
import { checkCron, checkTimezone } from './cron.js';
import { checkFieldRef, checkKnown } from './refs.js';
import type { Trigger, TriggerEvent, TriggerKind } from './types.js';

/** What a trigger is checked against: its rule set's form (null when unknown, already reported) and its fields, and the company. */
export interface TriggerCheckEnv {
  readonly form: string | null;
  readonly fields: FieldCatalog | null;
  readonly ctx: ReferenceContext;
}

/** A score rule's scorecard must score its rule set's form: another form's scores never change one of its records. */
function checkScoredForm(scorecard: string, env: TriggerCheckEnv, path: string): Problem[] {
  const card = env.ctx.scorecards.get(scorecard);
  if (card === undefined) return checkKnown('scorecard', scorecard, env.ctx.scorecards, path);
  if (env.form === null || card.form === env.form) return [];
  const own = [...env.ctx.scorecards].filter(([, c]) => c.form === env.form).map(([id]) => id).sort();
  const pick = own.length > 0 ? { en: ` Its scorecards: ${own.join(', ')}.`, zh: `本表单的评分卡：${own.join('、')}。` } : { en: ' It has none yet: publish one for it first.', zh: '本表单还没有评分卡：请先为它发布一个。' };
  return [problem(
    path,
    'ruleset.scorecard.form',
    `Scorecard "${scorecard}" scores the form "${card.form}", not this rule set's form "${env.form}", so its changes never run these rules.${pick.en}`,
    `评分卡 "${scorecard}" 评的是表单 "${card.form}"，不是本规则集的表单 "${env.form}"，它的评分变化不会触发这些规则。${pick.zh}`,
  )];
}

/** One trigger kind. `facts` are what the server puts next to the record's fields when it runs the rules. */
export interface TriggerSpec<T extends Trigger> {
  readonly kind: T['kind'];
  readonly label: LocalizedText;
  readonly schema: Readonly<Record<string, unknown>>;
  facts(trigger: T, fields: FieldCatalog, ctx: Pick<ReferenceContext, 'scorecards' | 'roles'>): FieldInfo[];
  check(trigger: T, env: TriggerCheckEnv, path: string): Problem[];
  matches(trigger: T, event: TriggerEvent): boolean;
  references?(trigger: T, path: string): DefinitionRef[];
  rename?(trigger: T, rename: (kind: DefinitionKind, id: string) => string): T;
}

/** A grade fact: one of the scorecard's grades (offered and checked as a select's options), when the scorecard is known. */
const gradeFact = (card: ScorecardFacts | undefined): FieldInfo =>
  card === undefined || card.grades.length === 0 ? { id: 'grade', type: 'text', kind: 'text' } : { id: 'grade', type: 'single_select', kind: 'text', options: card.grades };

/**
 * Facts every rule set may name: `today` comes from the evaluation's env, never from a clock.
 *
 * @example
 * { fact: 'today', operator: 'greaterThan', value: '2025-06-30' }
 */
export const COMMON_FACTS: readonly FieldInfo[] = [{ id: RECORD_FACT_IDS.today, type: 'date', kind: 'date' }];

const changedFields = (fields: FieldCatalog): FieldInfo => ({ id: RECORD_FACT_IDS.changedFields, type: 'multi_select', kind: 'list', options: [...fields.keys()] });
/** The roles of the user whose write set the rules off, among the company's roles; none when no user did (a schedule, an approval's timeout). */
const changedByRoles = (ctx: Pick<ReferenceContext, 'roles'>): FieldInfo => ({ id: RECORD_FACT_IDS.changedByRoles, type: 'multi_select', kind: 'list', options: [...ctx.roles] });
const none = (): FieldInfo[] => [];
const noProblems = (): Problem[] => [];
const isRecordEvent = (e: TriggerEvent): boolean => e.kind === 'record_created' || e.kind === 'record_updated';
const objectOf = (kind: TriggerKind, properties: Record<string, unknown> = {}, required: string[] = []) => ({
  type: 'object',
  properties: { kind: { const: kind }, ...properties },
  required: ['kind', ...required],
  additionalProperties: false,
});

type TriggerSpecs = { readonly [K in TriggerKind]: TriggerSpec<Extract<Trigger, { kind: K }>> };

/**
 * Every trigger kind, with its context facts:
 * - `record_created`: `changed_by_roles` (the roles of the user who made the change: a rule
 *   leaving out risk's own edits; none when no user did);
 * - `record_updated`: `changed_fields` (ids of the fields that changed) and `changed_by_roles`;
 * - `record_saved`: `is_new` (created rather than changed), `changed_fields` and `changed_by_roles`;
 * - `score_changed`: `score`, `grade`, `previous_score`, `previous_grade`, `grade_trend` (`up`,
 *   `down`, ... on the scorecard's scale), `factor_changes` (what moved the score, in words for
 *   a message: see `factorChanges`) and each policy's output for the new grade (`policy_limit`:
 *   see `scoreChangeFacts`);
 * - every kind: `today`.
 * Values that follow from the record (days overdue, debt ratio) are formula fields of the form,
 * so every trigger sees them alike.
 *
 * @example
 * triggerSpecs.score_changed.facts(trigger, catalog, ctx).map((f) => f.id)
 * // ['score', 'grade', 'previous_score', 'previous_grade', 'grade_trend', 'factor_changes', 'policy_limit', 'policy_terms']
 */
export const triggerSpecs = {
  record_created: {
    kind: 'record_created',
    label: { 'zh-CN': '新建记录时', en: 'When a record is created' },
    schema: objectOf('record_created'),
    facts: (_, __, ctx) => [changedByRoles(ctx)],
    check: noProblems,
    matches: (_, e) => e.kind === 'record_created',
  },
  record_updated: {
    kind: 'record_updated',
    label: { 'zh-CN': '修改记录时', en: 'When a record is changed' },
    schema: objectOf('record_updated', { fields: { type: 'array', items: idSchema, minItems: 1, maxItems: 200, uniqueItems: true } }),
    facts: (_, fields, ctx) => [changedFields(fields), changedByRoles(ctx)],
    check: (t, env, path) => (t.fields ?? []).flatMap((f, i) => checkFieldRef(env.fields, f, pointer(path, 'fields', i))),
    matches: (t, e) => e.kind === 'record_updated' && (t.fields === undefined || t.fields.some((f) => e.changedFields.includes(f))),
  },
  record_saved: {
    kind: 'record_saved',
    label: { 'zh-CN': '保存记录时', en: 'When a record is saved' },
    schema: objectOf('record_saved'),
    facts: (_, fields, ctx) => [{ id: RECORD_FACT_IDS.isNew, type: 'boolean', kind: 'boolean' }, changedFields(fields), changedByRoles(ctx)],
    check: noProblems,
    matches: (_, e) => isRecordEvent(e),
  },
  score_changed: {
    kind: 'score_changed',
    label: { 'zh-CN': '评分变化时', en: 'When the score changes' },
    schema: objectOf('score_changed', { scorecard: idSchema }, ['scorecard']),
    facts: (t, _, ctx) => [
      { id: 'score', type: 'number', kind: 'number' },
      gradeFact(ctx.scorecards.get(t.scorecard)),
      { id: 'previous_score', type: 'number', kind: 'number' },
      // A score before may be on the grades of an older version of the scorecard: any text.
      { id: 'previous_grade', type: 'text', kind: 'text' },
      GRADE_TREND_FACT,
      FACTOR_CHANGES_FACT,
      ...(ctx.scorecards.get(t.scorecard)?.policies ?? []),
    ],
    check: (t, env, path) => checkScoredForm(t.scorecard, env, pointer(path, 'scorecard')),
    matches: (t, e) => e.kind === 'score_changed' && e.scorecard === t.scorecard,
    references: (t, path) => [{ path: pointer(path, 'scorecard'), kind: 'scorecard', id: t.scorecard }],
    rename: (t, rename) => ({ ...t, scorecard: rename('scorecard', t.scorecard) }),
  },
  schedule: {
    kind: 'schedule',
    label: { 'zh-CN': '定时', en: 'On a schedule' },
    schema: objectOf('schedule', { cron: { type: 'string', minLength: 1, maxLength: 200 }, timezone: { type: 'string', minLength: 1, maxLength: 64 } }, ['cron']),
    facts: none,
    check: (t, _, path) => [...checkCron(t.cron, pointer(path, 'cron')), ...(t.timezone === undefined ? [] : checkTimezone(t.timezone, pointer(path, 'timezone')))],
    matches: (_, e) => e.kind === 'schedule',
  },
} satisfies TriggerSpecs;

/**
 * Trigger kinds in the order a designer offers them.
 *
 * @example
 * TRIGGER_KINDS.map((k) => triggerSpecs[k].label['zh-CN']) // ['新建记录时', '修改记录时', '保存记录时', '评分变化时', '定时']
 */
export const TRIGGER_KINDS = Object.keys(triggerSpecs) as TriggerKind[];

/**
 * JSON Schema of any trigger: `kind` picks the spec's schema, so errors are those of that kind.
 *
 * @example
 * schemaChecker(triggerSchema)({ kind: 'schedule' }) // [{ path: '/cron', code: 'schema.required', ... }]
 */
export const triggerSchema = {
  type: 'object',
  properties: { kind: { enum: TRIGGER_KINDS } },
  required: ['kind'],
  allOf: TRIGGER_KINDS.map((k) => ({ if: { properties: { kind: { const: k } }, required: ['kind'] }, then: triggerSpecs[k].schema })),
} as const;

// As for actions: TypeScript cannot tie `triggerSpecs[t.kind]` to `t`; `satisfies` guarantees it.
const specOf = (t: Trigger): TriggerSpec<Trigger> => triggerSpecs[t.kind] as unknown as TriggerSpec<Trigger>;

/**
 * The facts rules under `trigger` may name besides the form's own fields.
 *
 * @example
 * triggerFacts({ kind: 'record_created' }, fields, ctx).map((f) => f.id) // ['today']
 */
export function triggerFacts(trigger: Trigger, fields: FieldCatalog, ctx: Pick<ReferenceContext, 'scorecards' | 'roles'>): FieldInfo[] {
  return [...COMMON_FACTS, ...specOf(trigger).facts(trigger, fields, ctx)];
}

/**
 * Problems with a structurally valid trigger (unknown fields or scorecard, a bad cron or zone).
 *
 * @example
 * checkTrigger({ kind: 'schedule', cron: '0 9 * *' }, { fields, ctx }, '/trigger') // [{ code: 'ruleset.cron.fields', ... }]
 */
export function checkTrigger(trigger: Trigger, env: TriggerCheckEnv, path: string): Problem[] {
  return specOf(trigger).check(trigger, env, path);
}

/**
 * Whether an event runs a rule set with this trigger (schedules are matched by the server's clock).
 *
 * @example
 * triggerMatches({ kind: 'record_updated', fields: ['status'] }, { kind: 'record_updated', changedFields: ['status'] }) // true
 */
export function triggerMatches(trigger: Trigger, event: TriggerEvent): boolean {
  return specOf(trigger).matches(trigger, event);
}

/** The definitions a trigger names (`score_changed`'s scorecard). */
export function triggerReferences(trigger: Trigger, path: string): DefinitionRef[] {
  return specOf(trigger).references?.(trigger, path) ?? [];
}

/** A trigger with the definitions it names renamed. */
export function renameTrigger(trigger: Trigger, rename: (kind: DefinitionKind, id: string) => string): Trigger {
  return specOf(trigger).rename?.(trigger, rename) ?? trigger;
}

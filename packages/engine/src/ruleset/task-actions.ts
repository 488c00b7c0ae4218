/** @module The `create_task` actions a `close_tasks` may name: its own rule set's, and those of the other rule sets on its form. */
import type { ReferenceContext, RuleSetTasks } from '../core/context.js';
import type { RuleSetDefinition } from './types.js';

/**
 * The ids of a rule set's `create_task` actions, sorted, each once; a part that is not as a rule
 * set's (a draft being typed) is passed over.
 *
 * @example
 * taskActionIds(overdueEscalation) // ['follow_up', 'legal_task', 'manager_task']
 */
export function taskActionIds(def: RuleSetDefinition): string[] {
  const rules: unknown = def.rules;
  if (!Array.isArray(rules)) return [];
  const ids = rules.flatMap((r: { actions?: unknown }) =>
    Array.isArray(r?.actions) ? r.actions.filter((a: { kind?: unknown; id?: unknown }) => a?.kind === 'create_task' && typeof a.id === 'string').map((a: { id: string }) => a.id) : [],
  );
  return [...new Set(ids)].sort();
}

/**
 * Each rule set's form and task actions, by rule set id: the context's `tasks`.
 *
 * @example
 * ruleSetTasks([overdueEscalation]).get('overdue_escalation') // { form: 'receivable', actions: ['follow_up', 'legal_task', 'manager_task'] }
 */
export function ruleSetTasks(ruleSets: Iterable<RuleSetDefinition>): Map<string, RuleSetTasks> {
  return new Map([...ruleSets].map((r) => [r.id, { form: r.form, actions: taskActionIds(r) }]));
}

/**
 * The task action ids a `close_tasks` of `def` may name: its own, and those of the context's other
 * rule sets on its form (its own published version left out, so an id it dropped is not one);
 * null when the context does not know the company's rule sets (not checked then).
 *
 * @example
 * closableTasks(releaseOnPayment, ctx)?.has('legal_task') // true: overdue escalation makes it
 */
export function closableTasks(def: RuleSetDefinition, ctx: ReferenceContext): ReadonlySet<string> | null {
  if (ctx.tasks === undefined) return null;
  const others = [...ctx.tasks].filter(([id, t]) => id !== def.id && t.form === def.form).flatMap(([, t]) => t.actions);
  return new Set([...taskActionIds(def), ...others]);
}

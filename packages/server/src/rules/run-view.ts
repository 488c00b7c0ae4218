/** @module A rule run as one reader may see it: the values of the fields hidden from them left out of its trace, effects and texts. */
import { shownText } from '@heng/engine';
import type { ResolvedRecipient, RuleConditionTrace, RuleTrace } from '@heng/engine';
import type { AppliedEffect } from './effects.js';

/** A kept run's trace and effects, as stored. */
export interface RunParts {
  readonly trace: readonly RuleTrace[];
  readonly effects: readonly AppliedEffect[];
}

function readableCondition(c: RuleConditionTrace, hidden: ReadonlySet<string>): RuleConditionTrace {
  if ('all' in c) return { ...c, all: c.all.map((x) => readableCondition(x, hidden)) };
  if ('any' in c) return { ...c, any: c.any.map((x) => readableCondition(x, hidden)) };
  if ('not' in c) return { ...c, not: readableCondition(c.not, hidden) };
  if (!hidden.has(c.fact)) return c;
  // What it saw, and whether that held, would both tell the value.
  const { factValue: _seen, result: _held, ...rest } = c;
  return rest;
}

/** The field a recipient is read from: a `{ field }` one's, or a `{ managerOf }` one's. */
const recipientField = (to: ResolvedRecipient): string | undefined => ('field' in to ? to.field : 'managerOf' in to ? to.managerOf : undefined);

/** A recipient without the user a hidden field holds: `{ field }` without its `user`, `{ managerOf }` without its `of`. */
function readableRecipient(to: ResolvedRecipient): ResolvedRecipient {
  if ('field' in to) {
    const { user: _, ...rest } = to;
    return rest as ResolvedRecipient;
  }
  if ('managerOf' in to) {
    const { of: _, ...rest } = to;
    return rest as ResolvedRecipient;
  }
  return to;
}

/**
 * A notice or a task whose recipient is read from a hidden field, without whom it names: the
 * field's user in the recipient, and the note naming that user and their manager.
 */
function withoutRecipient<E extends AppliedEffect['effect']>(a: AppliedEffect, effect: E, key: keyof E & ('to' | 'assignee'), hidden: ReadonlySet<string>): AppliedEffect {
  const to = effect[key] as ResolvedRecipient;
  const field = recipientField(to);
  if (field === undefined || !hidden.has(field)) return { ...a, effect };
  const { note: _, ...rest } = a;
  return { ...rest, effect: { ...effect, [key]: readableRecipient(to) } };
}

/** An effect without what it carries of the hidden fields: a set_field's value (into a hidden field, or computed from one into another record), a webhook's fields, their values in a text, whom it went to. */
function readableEffect(a: AppliedEffect, hidden: ReadonlySet<string>): AppliedEffect {
  const e = a.effect;
  // Written here, the value shows in its field; written into another record, it tells what it was computed from (an effect kept before `reads` was: perhaps anything).
  const told = e.kind === 'set_field' && (e.target === undefined ? hidden.has(e.field) : hidden.size > 0 && (e.reads === undefined || e.reads.some((f) => hidden.has(f))));
  if (e.kind === 'set_field' && told) {
    const { value: _, ...effect } = e;
    return { ...a, effect: effect as typeof e };
  }
  if (e.kind === 'call_webhook') return { ...a, effect: { ...e, payload: Object.fromEntries(Object.entries(e.payload).filter(([f]) => !hidden.has(f))) } };
  if (e.kind === 'notify') return withoutRecipient(a, { ...e, message: shownText(e.message, hidden) }, 'to', hidden);
  if (e.kind === 'create_task') return withoutRecipient(a, { ...e, title: shownText(e.title, hidden) }, 'assignee', hidden);
  if (e.kind === 'close_tasks') return { ...a, effect: { ...e, reason: shownText(e.reason, hidden) } };
  if (e.kind === 'freeze') return { ...a, effect: { ...e, reason: shownText(e.reason, hidden) } };
  return a;
}

/**
 * `run` without the values of the fields in `hidden` (those the reader's roles may not read of
 * the run's record, whose form's fields its texts name): what each condition on one of them saw
 * and whether it held, the value a set_field wrote into one of this record's, a webhook's copy of
 * them, and their values in the texts rules wrote for people (a notice, a task's title, a freeze's
 * reason, why tasks were closed) and the user a notice or task went to through one of them, each withheld as on the record's status and in notifications. Which rules fired and
 * what they compared with stay.
 *
 * @example
 * readableRun(run, new Set(['internal_rating'])) // its conditions on internal_rating without factValue
 */
export function readableRun<R extends RunParts>(run: R, hidden: ReadonlySet<string>): R {
  return {
    ...run,
    trace: run.trace.map((t) => ({ ...t, conditions: readableCondition(t.conditions, hidden) })),
    effects: run.effects.map((a) => readableEffect(a, hidden)),
  };
}

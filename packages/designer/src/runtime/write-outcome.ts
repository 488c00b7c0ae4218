/** @module What the server did with a new record besides keeping it: the approvals it started, the flags its rules raised and the notices they sent the writer. */
import type { Effect, LocalizedText, ResolvedRecipient } from '@heng/engine';
import type { ApprovalView } from './api.js';

/** One effect of a rule run as the server kept it (server: rules/effects.ts). */
export interface AppliedEffect {
  readonly effect: Effect;
  readonly status: 'applied' | 'skipped';
}

/** One rule set evaluation on a record (GET …/rule-runs); `error` when it was rolled back. */
export interface RuleRun {
  readonly ruleSet: string;
  readonly recordRevision: number;
  readonly effects: readonly AppliedEffect[];
  readonly error: unknown;
}

/** What the writer of a record is told besides that it was kept. */
export interface WriteOutcome {
  /** The approvals waiting for a decision on it (submitted by the write, or by a rule's start_flow). */
  readonly approvals: readonly Pick<ApprovalView, 'id' | 'flowId' | 'flowName'>[];
  /** The flags its rules left on it, in the order raised, each with the label its rule gives it. */
  readonly flags: readonly RaisedFlag[];
  /** What its rules told the writer (a notice to them or to one of their roles), each once. */
  readonly notices: readonly LocalizedText[];
}

/** A flag a write raised: `label` when the rule raising it gives one. */
export interface RaisedFlag {
  readonly flag: string;
  readonly label?: LocalizedText;
}

/** How the outcome is said: all went as asked, it waits for approvers, or the rules have something to say. */
export type OutcomeTone = 'success' | 'info' | 'warning';

/** Who a write is by: whom a notice to a user or a role reaches. */
interface Writer {
  readonly userId: string | undefined;
  readonly roles: readonly string[];
}

/** Whether a notice to `to` reaches `me`: sent to me, or to a role of mine (whose manager a notice reaches, the server alone knows). */
const isFor = (to: ResolvedRecipient, me: Writer): boolean => ('role' in to ? me.roles.includes(to.role) : 'user' in to && to.user !== null && to.user === me.userId);

/**
 * What a write did, from the record's rule runs (those the write caused: all of a new record's)
 * and its approvals. A run rolled back counts for nothing; a flag a later run of the write
 * removed is not raised.
 *
 * @example
 * writeOutcome(runs, approvals, { userId: 'u1', roles: ['salesperson'] })
 * // { approvals: [{ id: 'ap1', flowId: 'order_over_limit', … }], flags: [], notices: [{ en: 'Order SO-1 … held for approval.', … }] }
 */
export function writeOutcome(runs: readonly RuleRun[], approvals: readonly ApprovalView[], me: Writer): WriteOutcome {
  const flags = new Map<string, RaisedFlag>();
  const notices = new Map<string, LocalizedText>();
  for (const run of runs) {
    if (run.error !== null && run.error !== undefined) continue;
    for (const { effect, status } of run.effects) {
      if (status !== 'applied') continue;
      if (effect.kind === 'add_flag' && 'self' in effect.target) flags.set(effect.flag, { flag: effect.flag, ...(effect.label === undefined ? {} : { label: effect.label }) });
      if (effect.kind === 'remove_flag' && 'self' in effect.target) flags.delete(effect.flag);
      if (effect.kind === 'notify' && isFor(effect.to, me)) notices.set(`${effect.message.en}\n${effect.message['zh-CN']}`, effect.message);
    }
  }
  return { approvals: approvals.filter((a) => a.status === 'running').map(({ id, flowId, flowName }) => ({ id, flowId, flowName })), flags: [...flags.values()], notices: [...notices.values()] };
}

/**
 * The tone `outcome` is said in: a warning when rules raised a flag or told the writer something
 * (an order refused, or held), else information when it waits for approvers, else success.
 *
 * @example
 * outcomeTone({ approvals: [], flags: [], notices: [] }) // 'success'
 */
export function outcomeTone(outcome: WriteOutcome): OutcomeTone {
  if (outcome.flags.length > 0 || outcome.notices.length > 0) return 'warning';
  return outcome.approvals.length > 0 ? 'info' : 'success';
}

/** @module Rule actions as data, the effects they become, and the contract each action kind fulfils. */
import type { FieldCatalog } from '../../core/catalog.js';
import type { ReferenceContext } from '../../core/context.js';
import type { DefinitionKind, DefinitionRef } from '../../core/kind.js';
import type { LocalizedText } from '../../core/localized.js';
import type { Problem } from '../../core/problem.js';
import type { Facts } from '../../condition/types.js';
import type { FormulaEnv } from '../../formula/types.js';
import type { FilledText } from '../filled-text.js';

/**
 * Who receives a notification or a task: everyone in a role, a named user, the user a field of
 * the record holds, or that user's manager (`managerOf`, as a flow's `manager` approver is the
 * submitter's), else everyone in the role `orRole` when they have none.
 */
export type Recipient =
  | { readonly role: string }
  | { readonly user: string }
  | { readonly field: string }
  | { readonly managerOf: string; readonly orRole?: string };

/**
 * A recipient in an effect: a `{ field }` recipient carries the user id the record holds there
 * (`null` when empty); a `{ managerOf }` one the user whose manager it is (`of`), whom the server
 * looks up, as the engine knows no one's manager.
 */
export type ResolvedRecipient =
  | { readonly role: string }
  | { readonly user: string }
  | { readonly field: string; readonly user: string | null }
  | { readonly managerOf: string; readonly of: string | null; readonly orRole?: string };

/** The record an effect acts on: the one the rule ran on, or the one a reference field points to (`null` when empty). */
export type RecordTarget = { readonly self: true } | ReferencedRecord;

/** The record a reference field of the rule's record points to (`null` when the field is empty). */
export interface ReferencedRecord {
  readonly field: string;
  readonly record: string | null;
}

/** What a freeze blocks. Orders only for now: new sales orders of the customer are refused. */
export type FreezeScope = 'orders';

interface ActionBase<K extends string> {
  readonly kind: K;
  /** Stable id, unique within its rule. */
  readonly id: string;
}

/**
 * Writes a field: a literal `value` (null clears it) or a `formula` over this record, exactly one
 * of them. `on`: a reference field whose record gets the write (the customer of an approved
 * credit application), `field` then being a field of that record's form; absent = this record.
 */
export interface SetFieldAction extends ActionBase<'set_field'> {
  readonly field: string;
  readonly on?: string;
  readonly value?: unknown;
  readonly formula?: string;
  /** true: the value is added as a new line after what the (multi-line text) field holds, read when it is written, so writes at once both keep their lines. */
  readonly append?: boolean;
}
/** `on`: a reference field whose record gets the flag (the customer of a receivable); absent = this record. */
/** `label` names the flag to people (高风险 / High risk); without it they see the flag itself. */
export interface AddFlagAction extends ActionBase<'add_flag'> {
  readonly flag: string;
  readonly label?: LocalizedText;
  readonly on?: string;
}
export interface RemoveFlagAction extends ActionBase<'remove_flag'> {
  readonly flag: string;
  readonly on?: string;
}
/** `message` is a template: `{{field}}` is replaced by the record's value. */
export interface NotifyAction extends ActionBase<'notify'> {
  readonly to: Recipient;
  readonly message: LocalizedText;
}
export interface CreateTaskAction extends ActionBase<'create_task'> {
  readonly title: LocalizedText;
  readonly assignee: Recipient;
  readonly dueInDays: number;
}
/**
 * Closes this record's open rule tasks; with `actions`, only those made by `create_task` actions
 * of those ids. `reason` is a template, shown on each task closed.
 */
export interface CloseTasksAction extends ActionBase<'close_tasks'> {
  readonly reason: LocalizedText;
  readonly actions?: readonly string[];
}
export interface StartFlowAction extends ActionBase<'start_flow'> {
  readonly flow: string;
}
export interface FreezeAction extends ActionBase<'freeze'> {
  readonly scope: FreezeScope;
  readonly reason: LocalizedText;
  readonly on?: string;
}
export interface UnfreezeAction extends ActionBase<'unfreeze'> {
  readonly scope: FreezeScope;
  readonly on?: string;
}
/** POSTs the named fields of the record to `url` (http or https). */
export interface CallWebhookAction extends ActionBase<'call_webhook'> {
  readonly url: string;
  readonly fields: readonly string[];
}

/** An action of any kind; each kind is one file in `actions/`. */
export type Action =
  | SetFieldAction
  | AddFlagAction
  | RemoveFlagAction
  | NotifyAction
  | CreateTaskAction
  | CloseTasksAction
  | StartFlowAction
  | FreezeAction
  | UnfreezeAction
  | CallWebhookAction;

export type ActionKind = Action['kind'];

interface EffectBase<K extends ActionKind> {
  readonly kind: K;
  /** The rule that fired and the action it came from, for the audit log. */
  readonly rule: string;
  readonly action: string;
}

/** Effects: data the server applies in the transaction that ran the rules. */
export interface SetFieldEffect extends EffectBase<'set_field'> {
  readonly field: string;
  readonly value: unknown;
  /** The record written, when the action has `on`, and the form its reference pointed to when compiled; absent = the record the rule ran on. */
  readonly target?: ReferencedRecord & { readonly form: string };
  /** With `target`: the facts of the record the rule ran on that the value was computed from (none for a literal), so a trace can withhold a value computed from a field hidden from its reader. */
  readonly reads?: readonly string[];
  /** true: `value` is a line to add after what the field holds when it is written ({@link appendLine}). */
  readonly append?: true;
}
export interface AddFlagEffect extends EffectBase<'add_flag'> {
  readonly flag: string;
  readonly label?: LocalizedText;
  readonly target: RecordTarget;
}
export interface RemoveFlagEffect extends EffectBase<'remove_flag'> {
  readonly flag: string;
  readonly target: RecordTarget;
}
export interface NotifyEffect extends EffectBase<'notify'> {
  readonly to: ResolvedRecipient;
  readonly message: FilledText;
}
export interface CreateTaskEffect extends EffectBase<'create_task'> {
  readonly title: FilledText;
  readonly assignee: ResolvedRecipient;
  /** `YYYY-MM-DD`: today plus `dueInDays`. */
  readonly dueDate: string;
}
export interface CloseTasksEffect extends EffectBase<'close_tasks'> {
  readonly reason: FilledText;
  /** The create_task action ids whose tasks it closes; absent = every open rule task on the record. */
  readonly actions?: readonly string[];
}
export interface StartFlowEffect extends EffectBase<'start_flow'> {
  readonly flow: string;
}
export interface FreezeEffect extends EffectBase<'freeze'> {
  readonly scope: FreezeScope;
  readonly reason: FilledText;
  readonly target: RecordTarget;
}
export interface UnfreezeEffect extends EffectBase<'unfreeze'> {
  readonly scope: FreezeScope;
  readonly target: RecordTarget;
}
export interface CallWebhookEffect extends EffectBase<'call_webhook'> {
  readonly url: string;
  /** Field id → the record's value (`null` when it has none). */
  readonly payload: Readonly<Record<string, unknown>>;
}

export type Effect =
  | SetFieldEffect
  | AddFlagEffect
  | RemoveFlagEffect
  | NotifyEffect
  | CreateTaskEffect
  | CloseTasksEffect
  | StartFlowEffect
  | FreezeEffect
  | UnfreezeEffect
  | CallWebhookEffect;

/** What an action is checked against. */
export interface ActionCheckEnv {
  /** The form's own fields: what `set_field` may write. `null` when the form is unknown (field checks are skipped). */
  readonly fields: FieldCatalog | null;
  /** The form's fields plus the trigger's context facts: what templates, formulas and payloads may read. */
  readonly facts: FieldCatalog | null;
  readonly ctx: ReferenceContext;
  /** The task action ids `close_tasks` may name (`closableTasks`); null when not known, and not checked. */
  readonly tasks: ReadonlySet<string> | null;
}

/** What an action is compiled against (the form is known by then). */
export interface ActionCompileEnv {
  /** The form the rule set runs on: the one whose fields `fields` are, and its texts name. */
  readonly form: string;
  readonly fields: FieldCatalog;
  /** Every form's fields, as in the context: what `set_field` with `on` writes. */
  readonly forms: ReadonlyMap<string, FieldCatalog>;
  readonly facts: FieldCatalog;
  /** Id of the rule the action belongs to, stamped on its effects. */
  readonly rule: string;
}

/** Turns the facts a rule fired on into the action's effect. Pure; never throws. */
export type EffectBuilder<E extends Effect = Effect> = (facts: Facts, env: FormulaEnv) => E;

/** One action kind: its JSON Schema, its semantic checks, and how it becomes an effect. */
export interface ActionSpec<A extends Action, E extends Effect> {
  readonly kind: A['kind'];
  readonly label: LocalizedText;
  /** Full object schema of the action, `kind` and `id` included. */
  readonly schema: Readonly<Record<string, unknown>>;
  /** Problems an action with a valid structure still has (unknown fields, roles, flows ...). */
  check(action: A, env: ActionCheckEnv, path: string): Problem[];
  compile(action: A, env: ActionCompileEnv): EffectBuilder<E>;
  /** Other definitions the action names (only actions that name one define this). */
  references?(action: A, path: string): DefinitionRef[];
  rename?(action: A, rename: (kind: DefinitionKind, id: string) => string): A;
}

type ActionOf<K extends ActionKind> = Extract<Action, { kind: K }>;
type EffectOf<K extends ActionKind> = Extract<Effect, { kind: K }>;

/** The registry's shape: one spec per action kind, so a missing kind fails to compile. */
export type ActionSpecs = { readonly [K in ActionKind]: ActionSpec<ActionOf<K>, EffectOf<K>> };

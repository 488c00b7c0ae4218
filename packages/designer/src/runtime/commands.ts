/** @module Approval commands built from what the action dialogs asked, as the approvals API takes them. */
import { sameJson, tidyText } from '@heng/engine';
import type { FieldDefinition } from '@heng/engine';
import type { ApprovalCommand } from './api.js';

/** The actions a dialog asks for. */
export type ActKind = 'approve' | 'reject' | 'return' | 'transfer' | 'addSigner' | 'comment' | 'withdraw' | 'resubmit';

/** What a dialog asked: the opinion, a target user or node, signers and where, an approver's edits. */
export interface Answers {
  readonly opinion?: string;
  readonly to?: string;
  readonly users?: string[];
  readonly where?: 'before' | 'after' | 'with';
  readonly edits?: Record<string, unknown>;
}

/**
 * The command a dialog's answers make.
 *
 * @example
 * commandOf('return', { opinion: '请补充', to: 'submitter' }) // { type: 'return', comment: '请补充', to: 'submitter' }
 */
export function commandOf(kind: ActKind, a: Answers): ApprovalCommand {
  const comment = a.opinion?.trim() ?? '';
  const opt = comment === '' ? {} : { comment };
  switch (kind) {
    case 'approve':
      return { type: 'approve', ...opt, ...(a.edits === undefined || Object.keys(a.edits).length === 0 ? {} : { edits: a.edits }) };
    case 'reject':
      return { type: 'reject', comment };
    case 'return':
      return { type: 'return', comment, to: a.to ?? '' };
    case 'transfer':
      return { type: 'transfer', to: a.to ?? '', ...opt };
    case 'addSigner':
      return { type: 'addSigner', users: a.users ?? [], where: a.where ?? 'before', ...opt };
    case 'comment':
      return { type: 'comment', text: comment };
    case 'withdraw':
      return { type: 'withdraw', ...opt };
    case 'resubmit':
      return { type: 'resubmit', ...opt };
  }
}

/**
 * The approver's edits that change the record, their text as the server stores it (trimmed; spaces
 * alone are no value): a cleared input is null (it empties the field), one left as the record holds
 * it (or with spaces added) is not sent, so the history records no change that was none.
 *
 * @example
 * changedEdits(fields, { approved_amount: 250000, approved_terms_days: undefined }, { approved_amount: 250000, approved_terms_days: 30 }) // { approved_terms_days: null }
 */
export function changedEdits(fields: readonly FieldDefinition[], edits: Readonly<Record<string, unknown>>, current: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(tidyText(fields, edits)).filter(([id, v]) => !sameJson(v ?? null, current[id] ?? null)).map(([id, v]) => [id, v ?? null]));
}

/** @module Who an approver list means for one instance: roles, users, user fields and managers resolved to user ids. */
import { ownValue as own } from '../core/own.js';
import type { ApproverSpec, Directory, FlowRecord } from './types.js';

/** What resolution reads: the directory, the record and who submitted it. */
export interface Resolution {
  readonly directory: Directory;
  readonly record: FlowRecord;
  readonly submitter: string | null;
}


/** The manager `levels` up from `user`; nobody when the chain ends (or loops) before that. */
function managerOf(directory: Directory, user: string | null, levels: number): string | undefined {
  let at: string | undefined = user ?? undefined;
  const seen = new Set<string>();
  for (let i = 0; i < levels && at !== undefined; i++) {
    seen.add(at);
    at = own(directory.managers, at);
    if (at !== undefined && seen.has(at)) return undefined;
  }
  return at;
}

function resolveOne(spec: ApproverSpec, r: Resolution): readonly string[] {
  switch (spec.kind) {
    case 'role':
      return own(r.directory.roles, spec.role) ?? [];
    case 'users':
      return spec.users;
    case 'field': {
      const v = own(r.record, spec.field);
      return typeof v === 'string' && v !== '' ? [v] : [];
    }
    case 'manager': {
      const m = managerOf(r.directory, r.submitter, spec.levels ?? 1);
      return m === undefined ? [] : [m];
    }
  }
}

/**
 * The user ids an approver list names, in order, each once. Empty when nobody is found;
 * the node's `whenEmpty` policy decides what that means.
 *
 * @example
 * resolvePeople([{ kind: 'role', role: 'risk_officer' }, { kind: 'manager' }],
 *   { directory: { roles: { risk_officer: ['zhao'] }, managers: { li: 'wang' }, admins: [] }, record: {}, submitter: 'li' })
 * // ['zhao', 'wang']
 */
export function resolvePeople(specs: readonly ApproverSpec[], r: Resolution): string[] {
  const out = new Set<string>();
  for (const spec of specs) for (const user of resolveOne(spec, r)) out.add(user);
  return [...out];
}

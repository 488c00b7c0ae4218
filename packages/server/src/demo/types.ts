/** @module The demo data the demo start writes, as a template's generator gives it (examples/<template>/demo). */

/** A demo user: fixed email, roles, a manager named by key. */
export interface DemoUser {
  readonly key: string;
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly string[];
  readonly manager?: string;
}

/** A record: its key, and its values as entered, naming demo records (reference fields) and users (user fields) by key. */
export interface DemoRecord {
  readonly key: string;
  readonly values: Readonly<Record<string, unknown>>;
}

/** Records of one form written as one demo user. */
export interface DemoBatch {
  readonly form: string;
  readonly as: string;
  readonly records: readonly DemoRecord[];
}

/** A decision on the approval running on a demo record: every pending approver approves, or the first returns or rejects. */
export interface DemoDecision {
  readonly form: string;
  readonly record: string;
  readonly action: 'approve' | 'reject' | 'return';
  readonly comment: string;
  readonly edits?: Readonly<Record<string, unknown>>;
}

/** A demo company: people, the history (written before the day's scheduled run), the day's records, decisions. */
export interface DemoData {
  readonly company: { readonly slug: string; readonly name: string };
  readonly password: string;
  readonly users: readonly DemoUser[];
  readonly history: readonly DemoBatch[];
  readonly recent: readonly DemoBatch[];
  readonly decisions: readonly DemoDecision[];
}

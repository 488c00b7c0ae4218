/** @module What the server's definitions, roles, records and jobs routes answer, as the designer reads it. */
import type { DefinitionKind, GradeMove, LocalizedText, Problem } from '@heng/engine';

/** A definition as GET /api/definitions lists it; `name` is the draft's as it stands (a draft may lack one). */
export interface DefinitionSummary {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly name?: unknown;
  readonly revision: number;
  readonly latestVersion: number | null;
  readonly updatedAt: string;
}

/** A draft and the revision a save must name (optimistic concurrency). */
export interface DraftView<D> {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly draft: D;
  readonly revision: number;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
}

/** What the server says of the saved draft (POST …/validate): problems stop a publish, warnings (records a narrowed user role limit leaves outside it) do not. */
export interface Validation {
  readonly revision: number;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
}

/** A published definition that reads a field of a form (GET …/readers/:item): removing the field keeps the form from being published. */
export interface DefinitionReader {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly name: LocalizedText;
}

/** A published version, without its body; a scorecard's publish also names the job re-scoring its form's records. */
export interface VersionInfo {
  readonly version: number;
  readonly publishedAt: string;
  readonly publishedBy: string | null;
  readonly note: string | null;
  readonly rescoreJobId?: string;
}

/** One published version with its body. */
export interface PublishedVersion<D> {
  readonly version: number;
  readonly body: D;
}

/**
 * One difference between two definitions (the server's definitions/diff.ts): `path` points into
 * the newer one, except the last token of a `remove` (the index in the older one); a `move`'s
 * `from` is the pointer the item had before.
 */
export interface Change {
  readonly path: string;
  readonly op: 'add' | 'remove' | 'replace' | 'move';
  readonly from?: unknown;
  readonly to?: unknown;
  readonly id?: string;
}

/** A side of a diff: a version, or the draft. */
export type DiffSide = number | 'draft';

/** What changed from `from` (null: nothing was published) to `to`. */
export interface DiffView {
  readonly from: number | null | 'draft';
  readonly to: DiffSide;
  readonly changes: readonly Change[];
}

/** Rolling back: the version it published and the draft it became. */
export interface Rollback<D> {
  readonly version: VersionInfo;
  readonly draft: DraftView<D>;
}

/** A role of the company. */
export interface RoleView {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly builtin: boolean;
}

/** A stored record, as its reader may see it. */
export interface StoredRecord {
  readonly id: string;
  readonly formId: string;
  readonly formVersion: number;
  readonly revision: number;
  readonly data: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A page of records. */
export interface RecordPage {
  readonly items: readonly StoredRecord[];
  readonly nextCursor: string | null;
}

/** A background job and how far it has come; `total` is null until the job knows it. */
/** What a re-score job changed (GET /api/admin/jobs/:jobId/rescore-impact). */
export interface RescoreImpact {
  readonly scored: number;
  readonly changedScores: number;
  readonly changedGrades: number;
  /** Between which grades records moved, most first; null for a failed score. */
  readonly moves: readonly GradeMove[];
}

export interface JobView {
  readonly id: string;
  readonly kind: string;
  readonly status: 'queued' | 'running' | 'succeeded' | 'failed' | 'dead';
  readonly progress: { readonly done: number; readonly total: number | null };
  readonly lastError: string | null;
}

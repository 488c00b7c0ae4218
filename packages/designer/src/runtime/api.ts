/** @module The runtime pages' server calls: records, their score, status, revisions and approvals, the inbox, my tasks and submissions, CSV import. */
import type { AuditEntry, FlowCommand, FlowDefinition, FlowStatus, LocalizedText, OverrideAction, Problem, ScorecardDefinition, ScoreResult } from '@heng/engine';
import { api, ApiError, routes } from '../api/client.js';
import type { PublishedVersion, RecordPage } from '../api/client.js';
import type { RuleRef } from './rule-names.js';
import type { RecordView } from '../renderer/index.js';
import type { RuleRun } from './write-outcome.js';

/** The company's published scorecards (latest versions), by the id of the form each scores. */
export type ScorecardsByForm = ReadonlyMap<string, readonly PublishedVersion<ScorecardDefinition>[]>;

/** One factor of a stored score, as the reader may see it (server: scoring/explain.ts). */
export interface FactorExplanation {
  readonly id: string;
  readonly name: LocalizedText | null;
  readonly raw: unknown;
  readonly rawHidden: boolean;
  readonly points: number;
  readonly weight: number;
  readonly contribution: number;
  readonly band: string | null;
  readonly missing: 'empty' | 'unmatched' | null;
}

/** A record's stored score, explained (GET …/score). */
export interface ScoreExplanation {
  readonly recordId: string;
  readonly recordRevision: number;
  readonly formVersion: number;
  readonly scorecard: string;
  readonly scorecardVersion: number;
  readonly total: number | null;
  readonly grade: string | null;
  readonly bandGrade: string | null;
  readonly label: LocalizedText | null;
  readonly color: string | null;
  readonly factors: readonly FactorExplanation[];
  readonly overrides: readonly { readonly id: string; readonly action: OverrideAction }[];
  readonly flags: readonly string[];
  readonly outputs: ScoreResult['outputs'];
  readonly problems: readonly Problem[];
  readonly scoredAt: string;
  readonly scorecards?: readonly string[];
}

/** A record's stored score with the scorecard version that made it (undefined when that cannot be read). */
export interface ScoreWithCard {
  readonly score: ScoreExplanation;
  readonly card: ScorecardDefinition | undefined;
}

/** A record's current score by one scorecard, as a list gives it (GET …/records?scores=). */
export interface ListedScore {
  readonly total: number | null;
  readonly grade: string | null;
  readonly label: LocalizedText | null;
  readonly color: string | null;
}

/** A listed record; with its scores by the scorecards the list named (null: not scored by one). */
export type ListedRecord = RecordView & { readonly scores?: Readonly<Record<string, ListedScore | null>> };

/** What rules left on a record (GET …/status). */
export interface RecordStatus {
  readonly flags: readonly { readonly flag: string; readonly label: LocalizedText | null; readonly ruleSet: string; readonly rule: string; readonly createdAt: string }[];
  readonly tasks: readonly { readonly id: string; readonly assigneeUser: string | null; readonly assigneeRole: string | null; readonly title: Partial<LocalizedText>; readonly dueDate: string; readonly status: string; readonly ruleSet: string; readonly rule: string; readonly createdAt: string }[];
  readonly freezes: readonly { readonly scope: string; readonly reason: Partial<LocalizedText>; readonly ruleSet: string; readonly rule: string; readonly createdAt: string }[];
}

/** One kept revision of a record (GET …/revisions). */
export interface RevisionView {
  readonly revision: number;
  readonly action: 'create' | 'update' | 'delete';
  readonly formVersion: number;
  readonly data: Readonly<Record<string, unknown>>;
  readonly changedAt: string;
  readonly changedBy: string | null;
  /** The rules whose set_field wrote it (`changedBy` set them off); null when a person, an approval or a job did. */
  readonly changedVia: readonly RuleRef[] | null;
}

/** One task of an approval. */
export interface ApprovalTask {
  readonly id: string;
  readonly nodeId: string;
  readonly assignee: string;
  readonly status: 'open' | 'completed' | 'cancelled';
  readonly outcome: string | null;
  readonly deadline: string | null;
  readonly createdAt: string;
  readonly closedAt: string | null;
}

/** The score an approval's route was decided on (server: approvals/flow-score.ts). */
export interface ApprovalScore {
  readonly scorecard: string;
  readonly scorecardName: LocalizedText | null;
  readonly score: number | null;
  readonly grade: string | null;
  readonly gradeLabel: LocalizedText | null;
}

/** An approval as the caller sees it (server: approvals/views.ts). */
export interface ApprovalView {
  readonly id: string;
  readonly flowId: string;
  readonly flowVersion: number;
  readonly flowName?: LocalizedText;
  readonly formId: string;
  readonly recordId: string;
  readonly status: Exclude<FlowStatus, 'draft'>;
  readonly version: number;
  readonly submitter: string | null;
  readonly current: { readonly nodeId: string; readonly nodeName: LocalizedText; readonly deadline?: string } | null;
  readonly history: readonly AuditEntry[];
  readonly tasks: readonly ApprovalTask[];
  readonly myTask: { readonly taskId: string; readonly nodeId: string; readonly editableFields: readonly string[] } | null;
  readonly returnTargets: readonly { readonly id: string; readonly name: LocalizedText | null }[];
  /** Display names by user id. */
  readonly people: Readonly<Record<string, string>>;
  /** The score its branches were decided on, when its flow reads a scorecard (score and grade null: the record had none). */
  readonly score: ApprovalScore | null;
  readonly startedAt: string;
  readonly updatedAt: string;
  readonly finishedAt: string | null;
}

/** One task in my inbox (GET /api/inbox). */
export interface InboxItem {
  readonly taskId: string;
  readonly instanceId: string;
  readonly nodeId: string;
  readonly nodeName: LocalizedText;
  readonly flowId: string;
  readonly flowName: LocalizedText;
  readonly formId: string;
  readonly recordId: string;
  readonly submitter: { readonly id: string; readonly displayName: string } | null;
  readonly status: 'open' | 'completed' | 'cancelled';
  readonly outcome: string | null;
  readonly deadline: string | null;
  readonly createdAt: string;
  readonly closedAt: string | null;
}

/** An approval I submitted, open or decided in the last 30 days (GET /api/inbox/submitted). */
export interface SubmittedItem {
  readonly instanceId: string;
  readonly flowId: string;
  readonly flowName: LocalizedText;
  readonly formId: string;
  readonly recordId: string;
  readonly subject: string | null;
  readonly status: 'running' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
  readonly nodeName: LocalizedText | null;
  /** Who returned it, when and why (the last return); null while it waits. */
  readonly returned: { readonly by: { readonly id: string; readonly displayName: string } | null; readonly comment: string | null; readonly at: string } | null;
  readonly startedAt: string;
  readonly updatedAt: string;
}

/** A task a rule gave me or one of my roles (GET /api/tasks). */
export interface TaskItem {
  readonly id: string;
  readonly formId: string;
  readonly recordId: string;
  readonly title: LocalizedText;
  readonly dueDate: string;
  readonly status: 'open' | 'done';
  readonly assigneeUser: string | null;
  readonly assigneeRole: string | null;
  readonly ruleSet: string;
  readonly createdAt: string;
  readonly doneBy: string | null;
  readonly doneAt: string | null;
  /** Why a rule closed it (close_tasks; no one is `doneBy` then); null while open or when a person closed it. */
  readonly closeReason: LocalizedText | null;
}

/** Each member of a union without `by` (a plain Omit would merge the union into its common keys). */
type WithoutBy<T> = T extends unknown ? Omit<T, 'by'> : never;

/** A command as the client sends it: the engine's, without `by` (the server knows who calls). */
export type ApprovalCommand = WithoutBy<Exclude<FlowCommand, { type: 'submit' } | { type: 'timeout' }>>;

const ifMatch = (revision: number) => ({ 'If-Match': `"${revision}"` });

/** The runtime pages' calls; every failure is an ApiError (409: someone else was first; 422: problems per field). */
export const runtimeApi = {
  list: (formId: string, query: string) => api.call<RecordPage>('GET', routes.recordList(formId, query)),
  create: (formId: string, values: Record<string, unknown>) => api.call<RecordView>('POST', routes.recordList(formId, ''), values),
  /** A JSON merge patch at the revision loaded; a stale revision gives 409. */
  update: (formId: string, id: string, revision: number, patch: Record<string, unknown>) => api.call<RecordView>('PATCH', routes.record(formId, id), patch, ifMatch(revision)),
  /** Deletes the record at the revision loaded (kept in its history); a stale revision gives 409, one in approval 409 too. */
  remove: (formId: string, id: string, revision: number) => api.call<undefined>('DELETE', routes.record(formId, id), undefined, ifMatch(revision)),
  score: (formId: string, id: string) => api.call<ScoreExplanation>('GET', routes.recordScore(formId, id)),
  /** The company's published scorecards, each at its latest version, by the form each scores. */
  scorecardsByForm: async (): Promise<ScorecardsByForm> => {
    const byForm = new Map<string, PublishedVersion<ScorecardDefinition>[]>();
    for (const v of await api.published<ScorecardDefinition>('scorecard')) byForm.set(v.body.form, [...(byForm.get(v.body.form) ?? []), v]);
    return byForm;
  },
  /** The scorecards that scored the record (none: an empty list); one may since score another form. */
  scorecardsOf: async (formId: string, id: string) => (await api.call<{ items: { scorecard: string }[] }>('GET', routes.recordScores(formId, id))).items.map((s) => s.scorecard),
  /**
   * The record's score with the scorecard version that made it (undefined when that cannot be
   * read); undefined when the record has no score. Asked even of a form without a published
   * scorecard: one since moved to another form leaves the scores it gave.
   */
  explainedScore: async (formId: string, id: string, scorecards: Promise<ScorecardsByForm> = runtimeApi.scorecardsByForm()): Promise<ScoreWithCard | undefined> => {
    try {
      const score = await runtimeApi.score(formId, id);
      // Scored by a latest version already at hand, or by an older one read now.
      const latest = [...(await scorecards).values()].flat().find((c) => c.body.id === score.scorecard && c.version === score.scorecardVersion)?.body;
      const card = latest ?? (await api.version<ScorecardDefinition>('scorecard', score.scorecard, score.scorecardVersion).then((v) => v.body, () => undefined));
      return { score, card };
    } catch (e) {
      // No score is a state of the record, not a failure.
      if (e instanceof ApiError && e.status === 404) return undefined;
      throw e;
    }
  },
  /**
   * As `explainedScore`, but a form without a published scorecard (`scorecards`, loaded once by a
   * caller asking for several records) is not asked for one.
   */
  scoreWithCard: async (formId: string, id: string, scorecards: Promise<ScorecardsByForm> = runtimeApi.scorecardsByForm()): Promise<ScoreWithCard | undefined> =>
    (await scorecards).has(formId) ? runtimeApi.explainedScore(formId, id, scorecards) : undefined,
  status: (formId: string, id: string) => api.call<RecordStatus>('GET', routes.recordStatus(formId, id)),
  /** Every rule set evaluation on the record, oldest first, with the effects each applied. */
  ruleRuns: (formId: string, id: string) => api.call<RuleRun[]>('GET', routes.recordRuleRuns(formId, id)),
  revisions: async (formId: string, id: string) => (await api.call<{ items: RevisionView[] }>('GET', routes.recordRevisions(formId, id))).items,
  approvalsOf: async (formId: string, id: string) => (await api.call<{ items: ApprovalView[] }>('GET', routes.recordApprovals(formId, id))).items,
  startApproval: (formId: string, id: string, flowId: string) => api.call<ApprovalView>('POST', routes.recordApprovals(formId, id), { flowId }),
  inbox: async (status: 'open' | 'done') => (await api.call<{ items: InboxItem[] }>('GET', routes.inbox(status))).items,
  submitted: async () => (await api.call<{ items: SubmittedItem[] }>('GET', routes.submitted)).items,
  tasks: async (status: 'open' | 'done') => (await api.call<{ items: TaskItem[] }>('GET', routes.tasks(status))).items,
  /** Marks a task done; one already done is a 409. */
  completeTask: (taskId: string) => api.call<TaskItem>('POST', routes.taskDone(taskId)),
  approval: (instanceId: string) => api.call<ApprovalView>('GET', routes.approval(instanceId)),
  /** Acts at the version read; someone who acted first makes it 409. */
  act: (instanceId: string, command: ApprovalCommand, version: number) => api.call<ApprovalView>('POST', routes.approvalCommands(instanceId), { ...command, version }),
  /** The published flows that run on records of `formId` (each flow's latest version is read to learn its form). */
  flowsOf: async (formId: string): Promise<FlowDefinition[]> => (await api.published<FlowDefinition>('flow')).map((v) => v.body).filter((f) => f.form === formId),
  /** Every row, or none: 422 with problems at /rows/<n>/<field> and /header/<column>. */
  importCsv: (formId: string, text: string) => api.call<{ created: number; ids: string[] }>('POST', routes.importCsv(formId), text, { 'Content-Type': 'text/csv; charset=utf-8' }),
  /** Checks every row as an import would, keeping nothing: how many rows would be created, or the same problems. */
  checkCsv: (formId: string, text: string) => api.call<{ created: 0; rows: number }>('POST', `${routes.importCsv(formId)}?dryRun=true`, text, { 'Content-Type': 'text/csv; charset=utf-8' }),
};

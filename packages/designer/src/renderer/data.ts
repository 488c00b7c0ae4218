/** @module What the record form reads from the server: published forms, the company's users, records to pick from. */
import type { FormDefinition, RuleSetDefinition, UserField } from '@heng/engine';
import { api, routes } from '../api/client.js';
import type { RecordPage, StoredRecord } from '../api/client.js';
import type { RoleView } from '../api/definition-types.js';
import { ApiError } from '../api/client.js';
import { listQueryString } from '../runtime/list-query.js';
import type { Filter } from '../runtime/list-query.js';

/** A record as the records API sends it (hidden fields left out). */
export interface RecordView extends StoredRecord {
  readonly createdBy: string | null;
  readonly updatedBy: string | null;
}

/** A user of the company, as GET /api/users lists them. */
export interface UserSummary {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly active: boolean;
  readonly roles: readonly string[];
  /** Their direct manager, who a flow's "submitter's manager" asks. */
  readonly managerId: string | null;
}

/** A published form: its latest version, the one the server checks new records with. */
export interface PublishedForm {
  readonly form: FormDefinition;
  readonly version: number;
}

/** 404 for a form never published, worded for the people who fill it in. */
function notPublished(formId: string): ApiError {
  return new ApiError(404, 'not_found', `Form "${formId}" has not been published yet: publish it in the form designer first.`, `表单 "${formId}" 尚未发布：请先在表单设计器中发布。`);
}

/**
 * The latest published version of a form.
 *
 * @example
 * const { form, version } = await loadPublishedForm('customer');
 */
export async function loadPublishedForm(formId: string): Promise<PublishedForm> {
  const [latest] = await api.versions('form', formId);
  if (latest === undefined) throw notPublished(formId);
  const found = await api.version<FormDefinition>('form', formId, latest.version);
  return { form: found.body, version: found.version };
}

const publishedForms = new Map<string, Promise<FormDefinition>>();

/**
 * The latest published version of a form, asked once per page load (a failed answer is asked
 * again next time).
 *
 * @example
 * const customer = await publishedFormOnce('customer');
 */
export function publishedFormOnce(formId: string): Promise<FormDefinition> {
  let held = publishedForms.get(formId);
  if (held === undefined) {
    held = loadPublishedForm(formId).then((p) => p.form);
    held.catch(() => publishedForms.delete(formId));
    publishedForms.set(formId, held);
  }
  return held;
}

/** A load asked once per page load, which a page that changes what it reads can `forget`. */
export interface SharedLoad<T> {
  (): Promise<T>;
  /** The next call asks the server again (after the people page added a user, say). */
  forget(): void;
}

/**
 * `load`, asked once per page load: later calls share the first answer; a failed answer is asked
 * again next time, as is one forgotten.
 *
 * @example
 * const loadRoles = oncePerPage(() => api.roles());
 */
function oncePerPage<T>(load: () => Promise<T>): SharedLoad<T> {
  let held: Promise<T> | undefined;
  const shared = () => {
    held ??= load().catch((e: unknown) => {
      held = undefined;
      throw e;
    });
    return held;
  };
  return Object.assign(shared, {
    forget: () => {
      held = undefined;
    },
  });
}

/**
 * The company's roles.
 *
 * @example
 * const legal = (await loadRoles()).find((r) => r.id === 'legal')?.nameZh // '法务'
 */
export const loadRoles: SharedLoad<RoleView[]> = oncePerPage(() => api.roles());

/**
 * The company's published rule sets (their latest versions) by id: what names a rule set and its
 * rules where they acted.
 *
 * @example
 * (await loadRuleSets()).get('overdue_escalation')?.name['zh-CN'] // '逾期分级催收'
 */
export const loadRuleSets: () => Promise<ReadonlyMap<string, RuleSetDefinition>> = oncePerPage(async () => {
  const bodies = (await api.published<RuleSetDefinition>('ruleset')).map((v) => v.body);
  return new Map(bodies.map((b) => [b.id, b]));
});

/**
 * The company's users.
 *
 * @example
 * const names = new Map((await loadUsers()).map((u) => [u.id, u.displayName]));
 */
export const loadUsers: SharedLoad<UserSummary[]> = oncePerPage(() => api.call<UserSummary[]>('GET', routes.users));

/**
 * The users a user field offers: the active ones holding one of its `roles` (all active ones
 * when it has none), and the user it holds now, so that one still shows by name.
 *
 * @example
 * pickableUsers(users, { ...salesperson, roles: ['salesperson'] }, undefined) // the active salespeople
 */
export function pickableUsers(users: readonly UserSummary[], field: UserField, value: unknown): UserSummary[] {
  const { roles } = field;
  return users.filter((u) => u.id === value || (u.active && (roles === undefined || u.roles.some((r) => roles.includes(r)))));
}

/**
 * How a record is named: its label field's text, or its id when that is empty.
 *
 * @example
 * recordName('company_name', { id: 'r1', data: { company_name: '闽江机械' } }) // '闽江机械'
 */
export function recordName(labelField: string | undefined, record: Pick<StoredRecord, 'id' | 'data'>): string {
  const v = labelField === undefined ? undefined : record.data[labelField];
  return typeof v === 'string' && v.trim() !== '' ? v : record.id;
}

/**
 * Records of `formId` whose label field contains `text` (all when empty) and that match
 * `filters` (a reference field's filter), newest first.
 *
 * @example
 * const page = await searchRecords('customer', 'company_name', '闽江');
 * const open = await searchRecords('receivable', 'invoice_no', '', [{ field: 'status', op: 'eq', value: 'open' }]);
 */
export function searchRecords(formId: string, labelField: string | undefined, text: string, filters: readonly Filter[] = [], limit = 20): Promise<RecordPage> {
  const typed: Filter[] = labelField !== undefined && text.trim() !== '' ? [{ field: labelField, op: 'contains', value: text.trim() }] : [];
  return api.call<RecordPage>('GET', routes.recordList(formId, listQueryString({ filters: [...typed, ...filters], limit })));
}

/**
 * One record, less the fields hidden from the reader.
 *
 * @example
 * const rec = await loadRecord('customer', 'r_1');
 */
export function loadRecord(formId: string, id: string): Promise<RecordView> {
  return api.call<RecordView>('GET', routes.record(formId, id));
}

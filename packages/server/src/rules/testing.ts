/** @module Test material for rules: an applicant form, rule sets on it, and a company to run them in. */
import { expect } from 'vitest';
import { caller, createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { RECORD_TEST_MODULES } from '../records/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import { ruleRoutes } from './routes.js';

/** The modules the rules tests run: records and the rules routes. */
export const RULE_TEST_MODULES = [...RECORD_TEST_MODULES, ruleRoutes()];

const t = (en: string, zh = en) => ({ en, 'zh-CN': zh });
const text = (id: string) => ({ id, type: 'text', label: t(id) });

/** An applicant form: a lawsuit flag, an owner, fields rules set, and points capped at 100. */
export const applicantForm = {
  kind: 'form',
  id: 'applicant',
  name: t('Applicant', '申请人'),
  fields: [
    { id: 'company_name', type: 'text', label: t('Company'), required: true },
    { id: 'lawsuits_pending', type: 'boolean', label: t('Lawsuits') },
    { id: 'owner', type: 'user', label: t('Owner') },
    text('risk_level'),
    text('stage'),
    { id: 'flip', type: 'boolean', label: t('Flip') },
    { id: 'points', type: 'number', label: t('Points'), rules: { max: 100 } },
  ],
  sections: [{ id: 'main', label: t('Main'), columns: 2, fields: ['company_name', 'lawsuits_pending', 'owner', 'risk_level', 'stage', 'flip', 'points'] }],
};

/** The records of the applicant form. */
export const APPLICANTS = '/api/forms/applicant/records';

const lawsuit = { fact: 'lawsuits_pending', operator: 'equal', value: true };
/** A rule set on the applicant form. */
export const ruleSet = (id: string, trigger: object, rules: object[]) => ({ kind: 'ruleset', id, name: t(id), form: 'applicant', trigger, rules });

/** A lawsuit flags the applicant high risk, notifies the risk officers and the owner, opens a task, freezes orders. */
export const creditRisk = ruleSet('credit_risk', { kind: 'record_saved' }, [
  {
    id: 'lawsuit', name: t('Pending lawsuit'), conditions: { all: [lawsuit] },
    actions: [
      { kind: 'add_flag', id: 'flag', flag: 'high_risk', label: t('High risk', '高风险') },
      { kind: 'notify', id: 'tell_risk', to: { role: 'risk_officer' }, message: t('{{company_name}} has a pending lawsuit', '{{company_name}} 有未决诉讼') },
      { kind: 'notify', id: 'tell_owner', to: { field: 'owner' }, message: t('Your applicant {{company_name}} is high risk') },
      { kind: 'create_task', id: 'review', assignee: { role: 'risk_officer' }, dueInDays: 3, title: t('Review {{company_name}}') },
      { kind: 'freeze', id: 'stop', scope: 'orders', reason: t('Lawsuit pending') },
      { kind: 'call_webhook', id: 'hook', url: 'https://example.com/hook', fields: ['company_name'] },
    ],
  },
  {
    id: 'cleared', name: t('No lawsuit'), conditions: { all: [{ fact: 'lawsuits_pending', operator: 'equal', value: false }] },
    actions: [{ kind: 'remove_flag', id: 'unflag', flag: 'high_risk' }, { kind: 'unfreeze', id: 'release', scope: 'orders' }],
  },
]);

/** A lawsuit raises the risk level; a chained rule set then sends a high risk to review. */
export const raiseRisk = ruleSet('raise_risk', { kind: 'record_saved' }, [
  { id: 'raise', name: t('Raise'), conditions: { all: [lawsuit, { fact: 'risk_level', operator: 'notEqual', value: 'high' }] }, actions: [{ kind: 'set_field', id: 'set', field: 'risk_level', value: 'high' }] },
]);
export const toReview = ruleSet('to_review', { kind: 'record_updated', fields: ['risk_level'] }, [
  { id: 'review', name: t('Review'), conditions: { all: [{ fact: 'risk_level', operator: 'equal', value: 'high' }] }, actions: [{ kind: 'set_field', id: 'set', field: 'stage', value: 'review' }] },
]);

/** Flips `flip` on every save: a loop only the depth limit stops. */
export const flipper = ruleSet('flipper', { kind: 'record_saved' }, [
  { id: 'off', name: t('Off'), conditions: { all: [{ fact: 'flip', operator: 'equal', value: true }] }, actions: [{ kind: 'set_field', id: 'set', field: 'flip', value: false }] },
  { id: 'on', name: t('On'), conditions: { all: [{ fact: 'flip', operator: 'equal', value: false }] }, actions: [{ kind: 'set_field', id: 'set', field: 'flip', value: true }] },
]);

/** On a lawsuit: a flag, a notification, and points above the form's maximum (an invalid record). */
export const overshoot = ruleSet('overshoot', { kind: 'record_saved' }, [
  {
    id: 'boost', name: t('Boost'), conditions: { all: [lawsuit] },
    actions: [
      { kind: 'add_flag', id: 'flag', flag: 'high_risk' },
      { kind: 'notify', id: 'tell', to: { role: 'risk_officer' }, message: t('Boosted') },
      { kind: 'set_field', id: 'set', field: 'points', value: 500 },
    ],
  },
]);

/** Scores applicants on lawsuits alone: none is 100 (A), one pending is 20 (D). */
export const suitScore = {
  kind: 'scorecard',
  id: 'suit_score',
  name: t('Suit score'),
  form: 'applicant',
  precision: 1,
  factors: [
    { id: 'suits', name: t('Suits'), weight: 10000, method: { kind: 'lookup', field: 'lawsuits_pending', entries: [{ value: false, points: 100 }, { value: true, points: 20 }] }, missing: { policy: 'points', points: 100 } },
  ],
  grades: [
    { id: 'a', grade: 'A', label: t('A'), color: '#2e7d32', min: 60, max: 100 },
    { id: 'd', grade: 'D', label: t('D'), color: '#c62828', min: 0, max: 59.9 },
  ],
};

/** A downgrade from A to D flags the applicant and raises its risk level. */
export const onDowngrade = ruleSet('on_downgrade', { kind: 'score_changed', scorecard: 'suit_score' }, [
  {
    id: 'downgraded', name: t('Downgraded'),
    conditions: { all: [{ fact: 'previous_grade', operator: 'equal', value: 'A' }, { fact: 'grade', operator: 'equal', value: 'D' }] },
    actions: [{ kind: 'add_flag', id: 'flag', flag: 'downgraded' }, { kind: 'set_field', id: 'set', field: 'risk_level', value: 'high' }],
  },
]);

/** A company with the applicant form and the given rule sets published, its admin and a risk officer's id. */
export async function lender(app: AuthTestApp, ruleSets: readonly { kind: string; id: string }[]): Promise<{ admin: Caller; officer: string }> {
  const admin = await caller(app, ['admin']);
  await createAndPublish(admin, applicantForm);
  for (const set of ruleSets) await createAndPublish(admin, set);
  const res = await admin.call('POST', '/api/users', { email: `risk@${admin.company.slug}.cn`, displayName: 'Risk', roles: ['risk_officer'] });
  expect(res.status, await res.clone().text()).toBe(201);
  return { admin, officer: ((await res.json()) as { id: string }).id };
}

/** Creates an applicant; returns the response (status asserted by the caller). */
export async function apply(c: Caller, data: Record<string, unknown>): Promise<Response> {
  return c.call('POST', APPLICANTS, data);
}

/** A rule set that POSTs an applicant's name and lawsuit flag to `url` when it has a lawsuit. */
export const erpHook = (url: string, extra: object[] = []): ReturnType<typeof ruleSet> => ruleSet('erp_hook', { kind: 'record_saved' }, [
  {
    id: 'lawsuit', name: t('Tell the ERP'), conditions: { all: [lawsuit] },
    actions: [{ kind: 'call_webhook', id: 'hook', url, fields: ['company_name', 'lawsuits_pending'] }, ...extra],
  },
]);

/**
 * Every evening in New York (20:00, the next morning in China), a lawsuit flags the applicant,
 * notifies the risk officers, opens a task due tomorrow and raises the risk level.
 */
export const nightlyReview = ruleSet('nightly_review', { kind: 'schedule', cron: '0 20 * * *', timezone: 'America/New_York' }, [
  {
    id: 'lawsuit', name: t('Lawsuit'), conditions: { all: [lawsuit] },
    actions: [
      { kind: 'add_flag', id: 'flag', flag: 'nightly' },
      { kind: 'notify', id: 'tell', to: { role: 'risk_officer' }, message: t('Check {{company_name}}') },
      { kind: 'create_task', id: 'task', assignee: { role: 'risk_officer' }, dueInDays: 1, title: t('Call {{company_name}}') },
      { kind: 'set_field', id: 'raise', field: 'risk_level', value: 'high' },
    ],
  },
]);

/** Every morning in China, points above the form's maximum for an applicant with a lawsuit: its run fails alone. */
export const nightlyBoost = ruleSet('nightly_boost', { kind: 'schedule', cron: '0 9 * * *' }, [
  { id: 'boost', name: t('Boost'), conditions: { all: [lawsuit] }, actions: [{ kind: 'add_flag', id: 'flag', flag: 'boosted' }, { kind: 'set_field', id: 'set', field: 'points', value: 500 }] },
  { id: 'calm', name: t('Calm'), conditions: { all: [{ fact: 'lawsuits_pending', operator: 'equal', value: false }] }, actions: [{ kind: 'add_flag', id: 'flag', flag: 'calm' }] },
]);

/** @module Test material for scoring: a form with a field hidden from salespeople, and a scorecard of it. */
import { requireAdmin } from '../auth/guards.js';
import { caller, createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { jobRoutes } from '../jobs/routes.js';
import { created, RECORD_TEST_MODULES } from '../records/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import { scoringRoutes } from './routes.js';

/** The modules the scoring tests run: records, the score route and the jobs admin routes. */
export const SCORING_TEST_MODULES = [...RECORD_TEST_MODULES, scoringRoutes(), jobRoutes({ requireAdmin })];

const t = (en: string) => ({ en, 'zh-CN': en });

/** A borrower form: `internal_rating` is hidden from salespeople. */
export const borrowerForm = {
  kind: 'form',
  id: 'borrower',
  name: t('Borrower'),
  fields: [
    { id: 'company_name', type: 'text', label: t('Company'), required: true },
    { id: 'debt_ratio', type: 'percent', label: t('Debt ratio') },
    { id: 'lawsuits_pending', type: 'boolean', label: t('Lawsuits') },
    { id: 'internal_rating', type: 'number', label: t('Internal rating'), access: { salesperson: 'hidden' } },
  ],
  sections: [{ id: 'main', label: t('Main'), columns: 2, fields: ['company_name', 'debt_ratio', 'lawsuits_pending', 'internal_rating'] }],
};

/** A scorecard of the borrower form; a missing internal rating fails the score. */
export const riskScore = {
  kind: 'scorecard',
  id: 'risk_score',
  name: t('Risk score'),
  form: 'borrower',
  precision: 1,
  factors: [
    { id: 'debt', name: t('Debt'), weight: 5000, method: { kind: 'bands', field: 'debt_ratio', bands: [{ id: 'low', max: 0.5, points: 100 }, { id: 'high', min: 0.5, points: 0 }] }, missing: { policy: 'points', points: 0 } },
    { id: 'suits', name: t('Suits'), weight: 3000, method: { kind: 'lookup', field: 'lawsuits_pending', entries: [{ value: false, points: 100 }, { value: true, points: 20 }] }, missing: { policy: 'points', points: 50 } },
    { id: 'internal', name: t('Internal'), weight: 2000, method: { kind: 'bands', field: 'internal_rating', bands: [{ id: 'good', min: 5, points: 100 }, { id: 'poor', max: 5, points: 10 }] }, missing: { policy: 'fail' } },
  ],
  grades: [
    { id: 'a', grade: 'A', label: t('A'), color: '#2e7d32', min: 60, max: 100 },
    { id: 'd', grade: 'D', label: t('D'), color: '#c62828', min: 0, max: 59.9 },
  ],
};

/** The records of the borrower form. */
export const BORROWERS = '/api/forms/borrower/records';

/** A company with the borrower form and the risk scorecard (version 1) published, its admin and a salesperson. */
export async function lender(app: AuthTestApp): Promise<{ admin: Caller; sales: Caller }> {
  const admin = await caller(app, ['admin']);
  await createAndPublish(admin, borrowerForm);
  await createAndPublish(admin, riskScore);
  return { admin, sales: await caller(app, ['salesperson'], admin.company) };
}

/** Creates a borrower and returns its id and ETag; fails the test otherwise. */
export async function borrower(c: Caller, data: Record<string, unknown>): Promise<{ id: string; etag: string }> {
  return created(c, data, BORROWERS);
}

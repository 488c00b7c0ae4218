/** @module Test material for the definitions API: a valid form and scorecard, and a caller per role. */
import { expect } from 'vitest';
import { authRoutes } from '../auth/auth-routes.js';
import type { ProblemDocument } from '../http/problem.js';
import { tenancyRoutes } from '../tenancy/tenancy-routes.js';
import { bearer, newCompany, TEST_AUTH } from '../tenancy/testing.js';
import type { AuthTestApp, TestCompany } from '../tenancy/testing.js';
import { definitionRoutes } from './routes.js';

/** The modules the definitions tests run: sign-in and tenancy, then this feature. */
export const DEFINITION_TEST_MODULES = [authRoutes(TEST_AUTH), tenancyRoutes(TEST_AUTH), definitionRoutes()];

const t = (en: string) => ({ en, 'zh-CN': en });

/** A valid customer form. */
export const customerForm = {
  kind: 'form',
  id: 'customer',
  name: t('Customer'),
  fields: [
    { id: 'company_name', type: 'text', label: t('Company'), required: true },
    { id: 'debt_ratio', type: 'percent', label: t('Debt ratio') },
    { id: 'lawsuits_pending', type: 'boolean', label: t('Lawsuits') },
  ],
  sections: [{ id: 'main', label: t('Main'), columns: 2, fields: ['company_name', 'debt_ratio', 'lawsuits_pending'] }],
};

/** A valid scorecard of the customer form (valid once the form is published). */
export const creditScore = {
  kind: 'scorecard',
  id: 'credit_score',
  name: t('Credit score'),
  form: 'customer',
  precision: 1,
  factors: [
    { id: 'debt', name: t('Debt'), weight: 6000, method: { kind: 'bands', field: 'debt_ratio', bands: [{ id: 'low', max: 0.5, points: 100 }, { id: 'high', min: 0.5, points: 0 }] }, missing: { policy: 'points', points: 0 } },
    { id: 'lawsuits', name: t('Suits'), weight: 4000, method: { kind: 'lookup', field: 'lawsuits_pending', entries: [{ value: false, points: 100 }, { value: true, points: 20 }] }, missing: { policy: 'points', points: 50 } },
  ],
  grades: [
    { id: 'a', grade: 'A', label: t('A'), color: '#2e7d32', min: 50, max: 100 },
    { id: 'd', grade: 'D', label: t('D'), color: '#c62828', min: 0, max: 49.9 },
  ],
};

/** A caller of one company with given roles: `call(method, path, body?, headers?)`. */
export interface Caller {
  readonly company: TestCompany;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

/**
 * A caller with an API token of `roles` in `company` (a new company unless given).
 *
 * @example
 * const admin = await caller(t, ['admin']);
 * await admin.call('GET', '/api/definitions');
 */
export async function caller(app: AuthTestApp, roles: readonly string[], company?: TestCompany): Promise<Caller> {
  const co = company ?? (await newCompany(app.db));
  const auth = await bearer(app, co.tenantId, co.adminId, roles);
  return {
    company: co,
    call: async (method, path, body, headers = {}) =>
      app.app.request(path, { method, headers: { ...auth, ...headers }, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) }),
  };
}

/** A definition or a draft of one: any object with its kind and id. */
export interface DefinitionLike {
  readonly kind: string;
  readonly id: string;
  readonly [key: string]: unknown;
}

/** Creates a draft and returns its revision (1); fails the test otherwise. */
export async function create(c: Caller, def: DefinitionLike): Promise<number> {
  const res = await c.call('PUT', `/api/definitions/${def.kind}/${def.id}/draft`, def, { 'If-None-Match': '*' });
  expect(res.status).toBe(201);
  return ((await res.json()) as { revision: number }).revision;
}

/** Publishes the draft at `revision`; fails the test otherwise. */
export async function publish(c: Caller, def: DefinitionLike, revision: number): Promise<void> {
  const res = await c.call('POST', `/api/definitions/${def.kind}/${def.id}/publish`, {}, { 'If-Match': `"${revision}"` });
  expect(res.status, await res.clone().text()).toBe(201);
}

/** Saves `def` over its current draft and returns the new revision; fails the test otherwise. */
export async function saveDraft(c: Caller, def: DefinitionLike): Promise<number> {
  const draft = `/api/definitions/${def.kind}/${def.id}/draft`;
  const etag = (await c.call('GET', draft)).headers.get('etag') ?? '';
  const res = await c.call('PUT', draft, def, { 'If-Match': etag });
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { revision: number }).revision;
}

/** Creates a draft and publishes it; fails the test otherwise. */
export async function createAndPublish(c: Caller, def: DefinitionLike): Promise<void> {
  await publish(c, def, await create(c, def));
}

/** The status and problem code of a response. */
export async function statusAndCode(res: Response): Promise<[number, string | undefined]> {
  const type = res.headers.get('content-type') ?? '';
  return [res.status, type.includes('problem') ? ((await res.json()) as ProblemDocument).code : undefined];
}

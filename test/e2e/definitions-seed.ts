/**
 * @module Setting up browser tests through the real API, signed in as the admin: definitions saved
 * and published, records and roles created, as an admin's own browser would.
 */
import type { APIRequestContext, APIResponse } from 'playwright-core';
import { ADMIN } from './harness.js';
import type { Harness } from './harness.js';

type Kind = 'form' | 'scorecard' | 'ruleset' | 'flow' | 'dashboard';

/** A definition as JSON: its id, and whatever else it holds. */
type Body = { readonly id: string };

/** What the tests set up with. */
export interface Seed {
  /** The draft's revision, or undefined when there is none. */
  revision(kind: Kind, id: string): Promise<number | undefined>;
  /** The draft as saved (throws when there is none). */
  draft(kind: Kind, id: string): Promise<Body>;
  /** Saves `body` as the draft, creating it when needed; answers the new revision. */
  save<B extends Body>(kind: Kind, body: B): Promise<number>;
  /** Publishes the draft as it stands; answers the version. */
  publish(kind: Kind, id: string): Promise<number>;
  /** Saves and publishes. */
  saveAndPublish<B extends Body>(kind: Kind, body: B): Promise<number>;
  /** The published versions, newest first. */
  versions(kind: Kind, id: string): Promise<number[]>;
  /** The signed-in admin's user id: a value a user field may hold. */
  readonly userId: string;
  /** Creates a record; answers its id. */
  createRecord(formId: string, values: Readonly<Record<string, unknown>>): Promise<string>;
  /** Adds a role unless it exists. */
  role(id: string, nameZh: string, nameEn: string): Promise<void>;
  /** Adds a user holding `roles`. */
  user(email: string, displayName: string, roles: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

async function ok(res: APIResponse, what: string): Promise<unknown> {
  if (!res.ok()) throw new Error(`${what} failed: ${res.status()} ${await res.text()}`);
  return res.status() === 204 ? undefined : res.json();
}

/**
 * Signs in as {@link ADMIN} in a browser context of its own and returns the calls.
 *
 * @example
 * const seed = await seedAs(h);
 * await seed.saveAndPublish('form', customerCreditProfile);
 */
export async function seedAs(h: Harness): Promise<Seed> {
  const context = await h.browser.newContext({ baseURL: h.url });
  const request: APIRequestContext = context.request;
  const session = (await ok(await request.post('/api/auth/login', { data: { tenant: ADMIN.tenant, email: ADMIN.email, password: ADMIN.password } }), 'login')) as { csrfToken: string; user: { id: string } };
  const csrf = { 'X-CSRF-Token': session.csrfToken };
  const at = (kind: Kind, id: string) => `/api/definitions/${kind}/${id}`;

  const seed: Seed = {
    userId: session.user.id,
    async revision(kind, id) {
      const res = await request.get(`${at(kind, id)}/draft`);
      if (res.status() === 404) return undefined;
      return ((await ok(res, 'draft')) as { revision: number }).revision;
    },
    async draft(kind, id) {
      return ((await ok(await request.get(`${at(kind, id)}/draft`), 'draft')) as { draft: Body }).draft;
    },
    async save(kind, body) {
      const revision = await seed.revision(kind, body.id);
      const headers = { ...csrf, ...(revision === undefined ? { 'If-None-Match': '*' } : { 'If-Match': `"${revision}"` }) };
      return ((await ok(await request.put(`${at(kind, body.id)}/draft`, { data: body, headers }), `save ${kind} ${body.id}`)) as { revision: number }).revision;
    },
    async publish(kind, id) {
      const revision = await seed.revision(kind, id);
      const res = await request.post(`${at(kind, id)}/publish`, { data: {}, headers: { ...csrf, 'If-Match': `"${revision}"` } });
      return ((await ok(res, `publish ${kind} ${id}`)) as { version: number }).version;
    },
    async saveAndPublish(kind, body) {
      await seed.save(kind, body);
      return seed.publish(kind, body.id);
    },
    async versions(kind, id) {
      const { items } = (await ok(await request.get(`${at(kind, id)}/versions`), 'versions')) as { items: Array<{ version: number }> };
      return items.map((v) => v.version);
    },
    async createRecord(formId, values) {
      return ((await ok(await request.post(`/api/forms/${formId}/records`, { data: values, headers: csrf }), `record of ${formId}`)) as { id: string }).id;
    },
    async role(id, nameZh, nameEn) {
      const res = await request.post('/api/roles', { data: { id, nameZh, nameEn }, headers: csrf });
      if (res.status() !== 409) await ok(res, `role ${id}`);
    },
    async user(email, displayName, roles) {
      await ok(await request.post('/api/users', { data: { email, displayName, password: 'correct-horse-2', roles }, headers: csrf }), `user ${email}`);
    },
    close: () => context.close(),
  };
  return seed;
}

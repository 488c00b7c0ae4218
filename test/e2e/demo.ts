/**
 * @module Browser tests on the demo company (`pnpm start`'s credit template): its people signing in
 * through the sign-in screen, its forms filled as they would, and its API as one of them calls it.
 */
import type { APIResponse, Page } from 'playwright-core';
import type { Harness } from './harness.js';

/** The demo company's app, and the password of each of its people. */
export const APP = '/apps/demo';
/** The demo users' password. */
export const DEMO_PASSWORD = 'heng-demo-2025';

/** A calendar day in Beijing, as the server's `TODAY()` gives it. */
export const beijingDay = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * A page signed in as `email` through the sign-in screen; the browser's clock at `clock`'s when
 * given (a test that moves the server's clock).
 *
 * @example
 * const page = await signIn(h, 'zhou@demo.heng.test');
 */
export async function signIn(h: Harness, email: string, clock?: { now(): Date }): Promise<Page> {
  const page = await h.page('en');
  if (clock !== undefined) await page.context().clock.install({ time: clock.now() });
  await page.goto(`${h.url}/login`);
  await page.getByLabel('Company code').fill('demo');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** The form item of field `id` on a record form or page. */
export const field = (page: Page, id: string) => page.locator(`[data-field="${id}"]`);

/** What field `id` shows on a record page. */
export const shown = (page: Page, id: string) => field(page, id).locator('.ant-form-item-control-input').innerText();

/** A reference picker: type part of the name, pick the record. */
export async function pickRecord(page: Page, label: string, name: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByLabel(label, { exact: true }).fill(name.slice(0, 4));
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).first().click();
}

/** Types a date; Enter takes it (it does not save the form). */
export async function date(page: Page, label: string, day: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(day);
  await page.getByLabel(label, { exact: true }).press('Enter');
}

/** Saves the record form. */
export async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save' }).click();
}

/** The record id in the address of a record page. */
export const recordIdOf = (page: Page): string => new URL(page.url()).pathname.split('/')[5] ?? '';

/** The API as one of the demo's people calls it, with the CSRF token their writes need. */
export interface DemoApi {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  patch<T>(path: string, body: unknown, revision: number): Promise<T>;
  close(): Promise<void>;
}

async function ok<T>(res: APIResponse, what: string): Promise<T> {
  if (!res.ok()) throw new Error(`${what} failed: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Signs in as `email` in a browser context of its own, for setting up what a test needs.
 *
 * @example
 * const admin = await demoApi(h, 'admin@demo.heng.test');
 * const users = await admin.get<{ id: string; email: string }[]>('/api/users');
 */
export async function demoApi(h: Harness, email: string): Promise<DemoApi> {
  const context = await h.browser.newContext({ baseURL: h.url });
  const { csrfToken } = await ok<{ csrfToken: string }>(await context.request.post('/api/auth/login', { data: { tenant: 'demo', email, password: DEMO_PASSWORD } }), `login of ${email}`);
  return {
    get: async (path) => ok(await context.request.get(path), `GET ${path}`),
    post: async (path, body) => ok(await context.request.post(path, { data: body, headers: { 'X-CSRF-Token': csrfToken } }), `POST ${path}`),
    patch: async (path, body, revision) => ok(await context.request.patch(path, { data: body, headers: { 'X-CSRF-Token': csrfToken, 'If-Match': `"${revision}"` } }), `PATCH ${path}`),
    close: () => context.close(),
  };
}

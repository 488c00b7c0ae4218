/** @module A small client of Heng's HTTP API with an API token: in-process (`app.request`) or over the network (`fetch`). */

/** Sends one request: `app.request` of an in-process app, or `fetch` against a base URL. */
export type Send = (path: string, init: RequestInit) => Promise<Response>;

/** Calls the API as one token's holder. */
export interface Api {
  /** The parsed JSON answer; throws with the problem text unless the status is 2xx. */
  json<T>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ body: T; etag: string | null }>;
  /** The raw answer, whatever its status. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

/**
 * A client that sends `Authorization: Bearer <token>` and JSON bodies.
 *
 * @example
 * const api = apiClient((path, init) => fetch(`${url}${path}`, init), token);
 * const { body } = await api.json<{ id: string }>('POST', '/api/forms/customer/records', { company_name: 'Acme' });
 */
export function apiClient(send: Send, token: string): Api {
  const call: Api['call'] = (method, path, body, headers = {}) =>
    send(path, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    call,
    json: async <T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
      const res = await call(method, path, body, headers);
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
      return { body: (text === '' ? undefined : JSON.parse(text)) as T, etag: res.headers.get('etag') };
    },
  };
}

/** A definition as the API takes it. */
export interface DefinitionBody {
  readonly kind: string;
  readonly id: string;
}

/**
 * Saves `def` as the draft (creating it, or over the current draft) and publishes it, as the
 * designer does; returns the new version number.
 *
 * @example
 * await publishDefinition(api, customerCreditProfile) // 1
 */
export async function publishDefinition(api: Api, def: DefinitionBody): Promise<number> {
  const at = `/api/definitions/${def.kind}/${def.id}`;
  const created = await api.call('PUT', `${at}/draft`, def, { 'If-None-Match': '*' });
  let etag = created.headers.get('etag');
  if (created.status === 409) {
    const current = await api.json('GET', `${at}/draft`);
    etag = (await api.json('PUT', `${at}/draft`, def, { 'If-Match': current.etag ?? '' })).etag;
  } else if (created.status !== 201) {
    throw new Error(`Saving the draft of ${def.kind} "${def.id}" answered ${created.status}: ${await created.text()}`);
  }
  const published = await api.json<{ version: number }>('POST', `${at}/publish`, {}, { 'If-Match': etag ?? '' });
  return published.body.version;
}

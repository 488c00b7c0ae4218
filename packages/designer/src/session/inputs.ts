/** @module What the login and setup forms send: the bodies the server's schemas take, built from what was typed. */
import type { Credentials, SetupInput } from '../api/client.js';

/** The login form's values. */
export interface LoginValues {
  readonly tenant?: string;
  readonly email: string;
  readonly password: string;
}

/**
 * The body of POST /api/auth/login: trimmed, the company code only when one is typed (the
 * server then signs in to its only company). Passwords are sent as typed.
 *
 * @example
 * credentialsOf({ tenant: ' ', email: ' lin@example.com', password: 'x y' }) // { email: 'lin@example.com', password: 'x y' }
 */
export function credentialsOf(values: LoginValues): Credentials {
  const tenant = values.tenant?.trim() ?? '';
  return { ...(tenant === '' ? {} : { tenant }), email: values.email.trim(), password: values.password };
}

/**
 * The body of POST /api/setup: trimmed, the setup token only when one is typed.
 *
 * @example
 * setupInputOf({ slug: ' minjiang ', name: '闽江机械', admin: { email: 'lin@example.com', displayName: '林芳', password: 'long-enough-1' } })
 */
export function setupInputOf(values: SetupInput): SetupInput {
  const token = values.setupToken?.trim() ?? '';
  return {
    slug: values.slug.trim(),
    name: values.name.trim(),
    admin: { email: values.admin.email.trim(), displayName: values.admin.displayName.trim(), password: values.admin.password },
    ...(token === '' ? {} : { setupToken: token }),
  };
}

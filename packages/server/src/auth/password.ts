/** @module Passwords hashed with scrypt: per-user salt, parameters stored with the hash, constant-time check. */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';

/** scrypt's cost parameters. */
export interface ScryptParams {
  /** CPU and memory cost, a power of two. */
  readonly N: number;
  /** Block size. */
  readonly r: number;
  /** Parallelism. */
  readonly p: number;
}

/**
 * OWASP's scrypt setting for 32 MiB (N=2^15, r=8, p=3): as strong as N=2^17 with a quarter of
 * the memory, so a burst of logins cannot exhaust the server. A hash costs about 0.3 s (0.26–0.38 s measured on the dev server).
 */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 3 };

let current: ScryptParams = DEFAULT_SCRYPT;

/**
 * Sets the parameters new hashes are made with, for the whole process: once at start-up on
 * a constrained device, or by a test suite that hashes hundreds of passwords. Hashes made
 * before keep verifying; with stronger parameters they are redone at their next login.
 *
 * @example
 * configurePasswordHashing({ N: 1024, r: 8, p: 1 }); // tests only
 */
export function configurePasswordHashing(params: ScryptParams): void {
  if (!sane(params)) throw new Error('scrypt parameters: N a power of two up to 2^20, r 1..32, p 1..16.');
  current = params;
}

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
// Stored as `scrypt$N$r$p$salt$hash` (base64url), so old hashes still verify after the defaults change.
const FORMAT = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

function derive(password: string, salt: Buffer, params: ScryptParams, length: number): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node refuses anything over maxmem, 32 MiB by default.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) => (error === null ? resolve(key) : reject(error)));
  });
}

/**
 * A new hash of `password` with a fresh random salt, with the configured parameters.
 *
 * @example
 * const stored = await hashPassword('correct horse battery');
 * // 'scrypt$32768$8$3$…$…'
 */
export async function hashPassword(password: string, params: ScryptParams = current): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, params, KEY_LENGTH);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

function sane(params: ScryptParams): boolean {
  const { N, r, p } = params;
  return N >= 2 && N <= 2 ** 20 && (N & (N - 1)) === 0 && r >= 1 && r <= 32 && p >= 1 && p <= 16;
}

/**
 * Whether `password` matches `stored`. A malformed or null hash never matches (and never
 * throws), so callers treat every failure alike.
 *
 * @example
 * if (!(await verifyPassword(body.password, user.password_hash))) throw loginFailed();
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const m = stored === null ? null : FORMAT.exec(stored);
  if (m === null) return false;
  const params = { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  const expected = Buffer.from(m[5] ?? '', 'base64url');
  if (!sane(params) || expected.length < KEY_LENGTH) return false;
  const actual = await derive(password, Buffer.from(m[4] ?? '', 'base64url'), params, expected.length);
  return timingSafeEqual(actual, expected);
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time a real check takes, for a login whose user does not exist, so response
 * times do not tell which accounts exist. Always false.
 *
 * @example
 * const ok = user === undefined ? await burnPasswordCheck(password) : await verifyPassword(password, user.password_hash);
 */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummy ??= hashPassword('heng-not-a-password');
  await verifyPassword(password, await dummy);
  return false;
}

/** Whether a stored hash was made with weaker parameters than today's, and should be redone at next login. */
export function needsRehash(stored: string, params: ScryptParams = current): boolean {
  const m = FORMAT.exec(stored);
  return m === null || Number(m[1]) < params.N || Number(m[2]) < params.r || Number(m[3]) < params.p;
}

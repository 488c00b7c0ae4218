/** @module Compiled definitions, cached per published version: compile once, evaluate many times. */
import { specOf } from '@heng/engine';
import type { Definition, DefinitionKind } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { referenceContext } from './context.js';
import { latestDefinitions, publishedIn } from './latest.js';
import { publishedVersion } from './store.js';

/** What identifies a compiled definition: a published version never changes, so it never goes stale. */
export interface VersionKey {
  readonly tenantId: string;
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly version: number;
}

const keyOf = (k: VersionKey): string => JSON.stringify([k.tenantId, k.kind, k.id, k.version]);

/**
 * A bounded least-recently-used cache of compiled definitions (with their bodies, as
 * {@link compiledVersion} keeps them) keyed by (tenant, kind, id, version). An entry is only
 * dropped when the cache is full.
 *
 * @example
 * const cache = new CompiledCache(500);
 * cache.set({ tenantId, kind: 'scorecard', id: 'credit_score', version: 3 }, compiled);
 */
export class CompiledCache {
  readonly #entries = new Map<string, unknown>();

  constructor(readonly maxEntries = 500) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError('maxEntries must be a positive integer');
  }

  /** How many compiled definitions are held. */
  get size(): number {
    return this.#entries.size;
  }

  /** The compiled definition of that version, if held; it becomes the most recently used. */
  get(key: VersionKey): unknown {
    const k = keyOf(key);
    if (!this.#entries.has(k)) return undefined;
    const hit = this.#entries.get(k);
    // Re-inserted so the Map's order is the order of last use.
    this.#entries.delete(k);
    this.#entries.set(k, hit);
    return hit;
  }

  /** Keeps a compiled definition, dropping the least recently used one when full. */
  set(key: VersionKey, compiled: unknown): void {
    const k = keyOf(key);
    this.#entries.delete(k);
    this.#entries.set(k, compiled);
    if (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
  }
}

/**
 * The process's compiled definitions, of every kind and tenant: a version is compiled once
 * whichever feature asks for it first (the key names the kind).
 *
 * @example
 * const form = await compiledVersion<CompiledForm>(tx, compiledDefinitions, tenantId, 'form', 'customer');
 */
export const compiledDefinitions = new CompiledCache();

/** What transactions that published compiled, kept apart from the caches they were given (see {@link compiledVersion}). */
const byPublishing = new WeakMap<Queryable, CompiledCache>();

function cacheFor(tx: Queryable, given: CompiledCache): CompiledCache {
  if (!publishedIn(tx)) return given;
  const own = byPublishing.get(tx) ?? new CompiledCache(given.maxEntries);
  byPublishing.set(tx, own);
  return own;
}

/** One compiled published version, with the number it was compiled from. */
export interface CompiledVersion<C = unknown> {
  readonly version: number;
  readonly body: Definition;
  readonly compiled: C;
}

/**
 * A published version of a definition (the latest when `version` is omitted, as
 * {@link latestDefinitions} knows it), compiled once and then served from `given` with its body;
 * undefined when there is no such version. It is compiled against the tenant's reference
 * context of the moment it is first compiled. In a transaction that published, what it compiles
 * is kept for that transaction only: its versions (and the forms they were compiled against)
 * may yet be rolled back, and the same numbers published again with other bodies.
 *
 * @example
 * const scorecard = await compiledVersion<CompiledScorecard>(tx, cache, tenantId, 'scorecard', 'credit_score', pinned);
 */
export async function compiledVersion<C = unknown>(
  tx: Queryable, given: CompiledCache, tenantId: string, kind: DefinitionKind, id: string, version?: number,
): Promise<CompiledVersion<C> | undefined> {
  const cache = cacheFor(tx, given);
  const wanted = version ?? (await latestDefinitions(tx, tenantId)).latest(kind, id)?.version;
  if (wanted === undefined) return undefined;
  const key: VersionKey = { tenantId, kind, id, version: wanted };
  const held = cache.get(key) as CompiledVersion<C> | undefined;
  if (held !== undefined) return held;
  const found = await publishedVersion(tx, tenantId, kind, id, wanted);
  if (found === undefined) return undefined;
  const body = found.body as unknown as Definition;
  const compiled = specOf(kind).compile(body, await referenceContext(tx, tenantId)) as C;
  const made: CompiledVersion<C> = { version: found.version, body, compiled };
  cache.set(key, made);
  return made;
}

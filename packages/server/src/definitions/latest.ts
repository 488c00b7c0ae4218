/** @module What runs where: the latest published version of each of a tenant's definitions, read once per transaction and cached per process until the next publish. */
import type { DefinitionKind } from '@heng/engine';
import type { Queryable } from '../db/port.js';

/** A rollup field of a form: the form it sums over, through which reference field of that form. */
export interface RollupSource {
  readonly from: string;
  readonly via: string;
}

/** The latest published version of one definition, and what the runtime needs to know of its body. */
export interface LatestVersion {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly version: number;
  /** The form a scorecard, rule set or flow runs on; null for a form. */
  readonly form: string | null;
  /** A flow's `start` (absent means `on_create`); null for the other kinds. */
  readonly start: string | null;
  /** A form's rollup fields; empty for the other kinds. */
  readonly rollups: readonly RollupSource[];
}

/** The tenant's latest published versions, with the stamp they were read at. */
export interface LatestDefinitions {
  /** How many versions the tenant had published: every publish adds one, and published versions are never removed. */
  readonly stamp: number;
  /** The latest version of a definition, if it was ever published. */
  latest(kind: DefinitionKind, id: string): LatestVersion | undefined;
  /** The latest versions of a kind whose latest version runs on `formId`, in id order. */
  on(kind: Exclude<DefinitionKind, 'form'>, formId: string): readonly LatestVersion[];
  /** The latest versions of the forms, in id order. */
  readonly forms: readonly LatestVersion[];
}

const STAMP = 'SELECT count(*)::int AS stamp FROM definition_versions WHERE tenant_id = $1';

// Bodies are only read when the stamp moved: a publish, here or in another server process.
const LATEST = `
  SELECT kind, id, version, body->>'form' AS form, body->>'start' AS start,
    CASE WHEN kind = 'form' THEN (
      SELECT coalesce(jsonb_agg(jsonb_build_object('from', f->>'from', 'via', f->>'via')), '[]'::jsonb)
      FROM jsonb_array_elements(body->'fields') f WHERE f->>'type' = 'rollup'
    ) ELSE '[]'::jsonb END AS rollups
  FROM (SELECT DISTINCT ON (kind, id) kind, id, version, body FROM definition_versions WHERE tenant_id = $1 ORDER BY kind, id, version DESC) latest
  ORDER BY kind, id`;

function indexOf(stamp: number, rows: readonly LatestVersion[]): LatestDefinitions {
  const byKey = new Map(rows.map((r) => [`${r.kind}:${r.id}`, r]));
  const byForm = new Map<string, LatestVersion[]>();
  for (const r of rows) if (r.form !== null) byForm.set(`${r.kind}:${r.form}`, [...(byForm.get(`${r.kind}:${r.form}`) ?? []), r]);
  return {
    stamp,
    latest: (kind, id) => byKey.get(`${kind}:${id}`),
    on: (kind, formId) => byForm.get(`${kind}:${formId}`) ?? [],
    forms: rows.filter((r) => r.kind === 'form'),
  };
}

/** The process's copy per tenant, replaced when a transaction reads another stamp. */
const byTenant = new Map<string, LatestDefinitions>();
const MAX_TENANTS = 1000;

/** What each open transaction read per tenant, so a write reads the stamp once. */
const byTransaction = new WeakMap<Queryable, Map<string, Promise<LatestDefinitions>>>();

/** Transactions that published: what they read may yet be rolled back, so the process keeps none of it. */
const publishing = new WeakSet<Queryable>();

async function read(tx: Queryable, tenantId: string): Promise<LatestDefinitions> {
  const [row] = await tx.query<{ stamp: number }>(STAMP, [tenantId]);
  const stamp = row?.stamp ?? 0;
  const shared = !publishing.has(tx);
  const held = shared ? byTenant.get(tenantId) : undefined;
  if (held?.stamp === stamp) return held;
  // Read after the stamp: a publish in between makes these newer than the stamp says, never older.
  const fresh = indexOf(stamp, await tx.query<LatestVersion>(LATEST, [tenantId]));
  if (shared) {
    byTenant.delete(tenantId);
    byTenant.set(tenantId, fresh);
    if (byTenant.size > MAX_TENANTS) byTenant.delete(byTenant.keys().next().value!);
  }
  return fresh;
}

/**
 * The tenant's latest published definitions as `tx` sees them: one cheap statement (the stamp)
 * per transaction, and the versions themselves read again only after a publish. Given a Db
 * rather than a transaction, the stamp is read on every call.
 *
 * @example
 * const latest = await latestDefinitions(tx, tenantId);
 * latest.on('scorecard', 'customer').map((v) => v.id) // ['credit_score']
 */
export function latestDefinitions(tx: Queryable, tenantId: string): Promise<LatestDefinitions> {
  // A Db (it can open transactions) outlives any publish: only a transaction may keep what it read.
  if ('transaction' in tx) return read(tx, tenantId);
  const mine = byTransaction.get(tx) ?? new Map<string, Promise<LatestDefinitions>>();
  byTransaction.set(tx, mine);
  let found = mine.get(tenantId);
  if (found === undefined) {
    found = read(tx, tenantId);
    mine.set(tenantId, found);
    // A failed read is not kept (the transaction fails with it anyway).
    found.catch(() => mine.delete(tenantId));
  }
  return found;
}

/**
 * Called by every publish in `tx`: its next {@link latestDefinitions} reads the stamp again,
 * and what it reads stays its own until it ends (it may roll back).
 *
 * @example
 * await tx.query('INSERT INTO definition_versions ...');
 * forgetLatest(tx);
 */
export function forgetLatest(tx: Queryable): void {
  byTransaction.delete(tx);
  publishing.add(tx);
}

/**
 * Whether `tx` published: what it reads of its own versions may yet be rolled back, so a cache
 * shared by the process must not keep it.
 *
 * @example
 * if (publishedIn(tx)) return compileWithoutCaching(tx);
 */
export function publishedIn(tx: Queryable): boolean {
  return publishing.has(tx);
}

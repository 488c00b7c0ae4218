/** @module Load from autocannon: POSTs of JSON bodies with an API token, for a bounded time. */
import autocannon from 'autocannon';

/** What one load run measured. */
export interface LoadResult {
  /** Answers with a 2xx status per second of the run. */
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly ok: number;
  /** Non-2xx answers, connection errors and timeouts. */
  readonly failed: number;
}

/** One load: where, as whom, what, how long and how wide. */
export interface Load {
  readonly url: string;
  readonly path: string;
  readonly token: string;
  /** Sent in turn by each connection. */
  readonly bodies: readonly unknown[];
  readonly seconds: number;
  readonly connections: number;
}

/**
 * Runs autocannon against `load.url` and sums it up. A failed request is counted, not thrown:
 * the caller decides (and finds out why with one request of its own).
 *
 * @example
 * const r = await runLoad({ url, path: '/api/forms/credit_application/records', token, bodies, seconds: 10, connections: 50 });
 */
export async function runLoad(load: Load): Promise<LoadResult> {
  const headers = { authorization: `Bearer ${load.token}`, 'content-type': 'application/json' };
  const result = await autocannon({
    url: load.url,
    connections: load.connections,
    duration: load.seconds,
    requests: load.bodies.map((b) => ({ method: 'POST' as const, path: load.path, headers, body: JSON.stringify(b) })),
  });
  const ok = result['2xx'];
  return { rps: ok / result.duration, p50: result.latency.p50, p99: result.latency.p99, ok, failed: result.non2xx + result.errors + result.timeouts };
}

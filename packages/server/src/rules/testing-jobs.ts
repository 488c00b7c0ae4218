/** @module Test material for the rules' jobs: a webhook receiver on 127.0.0.1 and a worker with every handler. */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jsonLogger } from '../http/logger.js';
import { createJobHandlers } from '../jobs/registry.js';
import { fakeTimers } from '../jobs/test-backends.js';
import type { HandlerMap } from '../jobs/types.js';
import { Worker } from '../jobs/worker.js';
import type { AuthTestApp } from '../tenancy/testing.js';

/** One request a {@link receiver} got. */
export interface Received {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** An HTTP server on 127.0.0.1 answering each path from a script of statuses (200 once it runs out), or 'hang'. */
export async function receiver(): Promise<{ url: (path: string) => string; received: Received[]; script: Map<string, (number | 'hang')[]>; close: () => Promise<void> }> {
  const received: Received[] = [];
  const script = new Map<string, (number | 'hang')[]>();
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const path = req.url ?? '';
      received.push({ path, headers: req.headers, body });
      const answer = script.get(path)?.shift() ?? 200;
      if (answer !== 'hang') res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    script,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A worker over the app's database and clock with every job handler; webhooks time out after `timeoutMs`. */
export function ruleWorker(t: AuthTestApp, id = 'w', handlers: HandlerMap = createJobHandlers({ db: t.db, clock: t.clock, webhookTimeoutMs: 500 }) as unknown as HandlerMap): Worker {
  return new Worker({ db: t.db, clock: t.clock, handlers, id, leaseMs: 30_000, timers: fakeTimers(), logger: jsonLogger({ clock: t.clock, write: () => undefined }) });
}

/** Runs every job due now until none is left. */
export async function drain(t: AuthTestApp): Promise<void> {
  const w = ruleWorker(t, 'drain');
  while ((await w.runOnce()).length > 0);
}

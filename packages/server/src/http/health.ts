/** @module Liveness (/api/health) and readiness (/api/ready: database reachable, migrations applied). */
import type { Db } from '../db/port.js';
import { pendingMigrations } from '../migrations/runner.js';
import type { Migration } from '../migrations/runner.js';
import { AppError } from './app-error.js';
import type { Logger } from './logger.js';
import { errorFields } from './logger.js';
import type { Routes } from './routes.js';

const status = { type: 'object', required: ['status'], properties: { status: { const: 'ok' } } } as const;

const ready = {
  type: 'object',
  required: ['status', 'database', 'migrations'],
  properties: { status: { const: 'ready' }, database: { enum: ['pglite', 'postgres'] }, migrations: { type: 'integer' } },
} as const;

function notReady(en: string, zh: string): AppError {
  return new AppError('not_ready', 503, en, { messageZh: zh, retryable: true });
}

/** Adds the health and readiness routes. */
export function healthRoutes(routes: Routes, deps: { db: Db; logger: Logger; migrations: readonly Migration[] }): void {
  routes.add(
    { method: 'get', path: '/api/health', operationId: 'health', summary: 'Liveness: the process answers', tags: ['system'], responses: { 200: { description: 'Alive', schema: status } } },
    (c) => c.json({ status: 'ok' }),
  );
  routes.add(
    {
      method: 'get',
      path: '/api/ready',
      operationId: 'ready',
      summary: 'Readiness: the database answers and every migration is applied',
      tags: ['system'],
      responses: { 200: { description: 'Ready to serve', schema: ready } },
    },
    async (c) => {
      let pending: string[];
      try {
        pending = await pendingMigrations(deps.db, deps.migrations);
      } catch (error) {
        deps.logger.log('error', 'database unreachable', { requestId: c.get('requestId'), ...errorFields(error) });
        throw notReady('The database does not answer.', '数据库无响应。');
      }
      if (pending.length > 0) {
        throw notReady(`${pending.length} database migration(s) are not applied yet.`, `尚有 ${pending.length} 个数据库迁移未执行。`);
      }
      return c.json({ status: 'ready', database: deps.db.kind, migrations: deps.migrations.length });
    },
  );
}

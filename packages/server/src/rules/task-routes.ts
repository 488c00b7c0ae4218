/** @module My tasks: the ones rules gave me or my roles, and marking one done. */
import { principalOf } from '../auth/principal.js';
import type { ResolvedDeps } from '../http/app.js';
import type { Routes } from '../http/routes.js';
import { itemsSchema } from '../http/schema-check.js';
import { workListOf, workListQuery } from '../http/work-list-query.js';
import { completeTask, myTasks, noTask } from './tasks.js';

const TAGS = ['tasks'];
const TASK_ID = /^[0-9a-f-]{36}$/;

const taskSchema = {
  type: 'object',
  required: ['id', 'formId', 'recordId', 'title', 'dueDate', 'status', 'assigneeUser', 'assigneeRole', 'ruleSet', 'createdAt', 'doneBy', 'doneAt', 'closeReason'],
  properties: {
    id: { type: 'string' }, formId: { type: 'string' }, recordId: { type: 'string' }, title: { type: 'object' }, dueDate: { type: 'string', format: 'date' },
    status: { enum: ['open', 'done'] }, assigneeUser: { type: ['string', 'null'] }, assigneeRole: { type: ['string', 'null'] }, ruleSet: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' }, doneBy: { type: ['string', 'null'] }, doneAt: { type: ['string', 'null'] },
    closeReason: { type: ['object', 'null'] },
  },
} as const;

/**
 * `GET /api/tasks` (the tasks given to me or one of my roles: open ones by due date, or done
 * ones) and `POST /api/tasks/:taskId/done` (marks one done: its assignee, someone in its role,
 * or an admin).
 *
 * @example
 * taskRoutes(routes, deps); // inside a RouteModule
 */
export function taskRoutes(routes: Routes, { db, clock }: ResolvedDeps): void {
  routes.add(
    {
      method: 'get', path: '/api/tasks', operationId: 'listMyTasks', summary: 'The tasks rules gave me or my roles', tags: TAGS,
      query: workListQuery,
      responses: { 200: { description: 'Tasks', schema: itemsSchema(taskSchema) } },
    },
    async (c) => {
      const me = principalOf(c);
      const { which, limit } = workListOf(c);
      return c.json({ items: await db.withTenant(me.tenantId, (tx) => myTasks(tx, me, which, limit)) });
    },
  );
  routes.add(
    {
      method: 'post', path: '/api/tasks/:taskId/done', operationId: 'completeTask', summary: 'Mark a task done', tags: TAGS,
      responses: { 200: { description: 'The task, done', schema: taskSchema } },
    },
    async (c) => {
      const me = principalOf(c);
      const id = c.req.param('taskId') ?? '';
      if (!TASK_ID.test(id)) throw noTask(id);
      return c.json(await db.withTenant(me.tenantId, (tx) => completeTask(tx, me, id, clock.now())));
    },
  );
}

/** @module The JSON Schema of a stored flow snapshot, so `transition` refuses a corrupt one instead of throwing on it. */
import { DATETIME_PATTERN } from '../core/calendar.js';
import { directorySchema, flowScoreSchema } from './command-schema.js';
import { userIdSchema } from './people.js';

const nodeId = { type: 'string', minLength: 1, maxLength: 64 } as const;
const count = { type: 'integer', minimum: 0 } as const;
const instant = { type: 'string', pattern: DATETIME_PATTERN } as const;
const text = { type: 'string' } as const;

const seatSchema = {
  type: 'object',
  properties: {
    user: userIdSchema,
    via: { enum: ['resolved', 'admin', 'transfer', 'added_before', 'added_after', 'added_with', 'escalation'] },
    decision: { enum: ['approved', 'rejected', 'returned', 'transferred', 'escalated'] },
    taskId: { type: 'string', minLength: 1 },
  },
  required: ['user', 'via'],
  additionalProperties: false,
} as const;

const activeSchema = {
  type: 'object',
  properties: {
    nodeId,
    steps: { type: 'array', minItems: 1, items: { type: 'object', properties: { rule: { enum: ['any', 'all'] }, seats: { type: 'array', items: seatSchema } }, required: ['rule', 'seats'], additionalProperties: false } },
    stepIndex: count,
    deadline: instant,
  },
  required: ['nodeId', 'steps', 'stepIndex'],
  additionalProperties: false,
} as const;

const auditSchema = {
  type: 'object',
  properties: {
    seq: { type: 'integer', minimum: 1 },
    at: instant,
    by: { type: ['string', 'null'] },
    action: { enum: ['submit', 'resubmit', 'assign', 'approve', 'reject', 'return', 'transfer', 'add_signer', 'withdraw', 'comment', 'copy', 'branch', 'auto_approve', 'auto_reject', 'remind', 'escalate', 'finish'] },
    nodeId,
    comment: text,
    users: { type: 'array', items: userIdSchema },
    branchId: text,
    where: { enum: ['before', 'after', 'with'] },
    to: text,
    edits: { type: 'object' },
    outcome: { enum: ['approved', 'rejected', 'withdrawn'] },
    reason: text,
  },
  required: ['seq', 'at', 'by', 'action'],
  additionalProperties: false,
} as const;

/**
 * JSON Schema (ajv strict) of a {@link FlowSnapshot} as `transition` returns it and the server
 * stores it. Whether its node ids belong to the flow is checked apart, against the flow.
 *
 * @example
 * schemaChecker(flowSnapshotSchema)({ ...snapshot, route: 'review' }) // [{ path: '/route', code: 'schema.type', ... }]
 */
export const flowSnapshotSchema = {
  type: 'object',
  properties: {
    flowId: { type: 'string', minLength: 1 },
    version: count,
    status: { enum: ['draft', 'running', 'returned', 'approved', 'rejected', 'withdrawn'] },
    submitter: { anyOf: [{ type: 'null' }, userIdSchema] },
    record: { type: 'object' },
    score: flowScoreSchema,
    directory: directorySchema,
    current: { anyOf: [{ type: 'null' }, activeSchema] },
    route: { type: 'array', items: nodeId },
    history: { type: 'array', items: auditSchema },
    taskSeq: count,
  },
  required: ['flowId', 'version', 'status', 'submitter', 'record', 'directory', 'current', 'route', 'history', 'taskSeq'],
  additionalProperties: false,
} as const;

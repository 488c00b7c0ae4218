/** @module JSON Schemas of the approvals routes' bodies and answers. */
import type { FlowCommand } from '@heng/engine';
import { itemsSchema } from '../http/schema-check.js';

/** A command as a client sends it: the engine's command without `by` (the caller) — submit and timeout are the server's. */
export type ActBody = Omit<Exclude<FlowCommand, { type: 'submit' } | { type: 'timeout' }>, 'by'>;

/** The body that starts a flow on a record. */
export interface StartBody {
  readonly flowId: string;
}

const text = (max: number) => ({ type: 'string', maxLength: max }) as const;

export const commandBody = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { enum: ['approve', 'reject', 'return', 'transfer', 'addSigner', 'withdraw', 'comment', 'resubmit'] },
    version: { type: 'integer', minimum: 0, description: 'The version you read; a different current version gives 409' },
    comment: text(2000),
    text: text(2000),
    to: text(64),
    users: { type: 'array', items: text(64), minItems: 1, maxItems: 20 },
    where: { enum: ['before', 'after', 'with'] },
    edits: { type: 'object', description: "New values of the node's editable fields (approve)" },
  },
  additionalProperties: false,
} as const;

export const startBody = {
  type: 'object',
  required: ['flowId'],
  properties: { flowId: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$' } },
  additionalProperties: false,
} as const;

const localized = { type: 'object', properties: { 'zh-CN': { type: 'string' }, en: { type: 'string' } } } as const;

export const instanceSchema = {
  type: 'object',
  required: ['id', 'flowId', 'flowVersion', 'formId', 'recordId', 'status', 'version', 'history', 'tasks', 'myTask', 'returnTargets', 'people', 'score'],
  properties: {
    id: { type: 'string' }, flowId: { type: 'string' }, flowVersion: { type: 'integer' }, flowName: localized, formId: { type: 'string' }, recordId: { type: 'string' },
    status: { enum: ['running', 'returned', 'approved', 'rejected', 'withdrawn'] }, version: { type: 'integer' }, submitter: { type: ['string', 'null'] },
    subject: { type: ['string', 'null'], description: 'The record’s name when it was submitted (the customer an application is for)' },
    current: { type: ['object', 'null'], description: 'The approver node it waits at: steps and seats' },
    history: { type: 'array', items: { type: 'object' }, description: 'The audit log: who did what, with which opinion, when' },
    tasks: { type: 'array', items: { type: 'object' } },
    myTask: { type: ['object', 'null'] },
    returnTargets: { type: 'array', items: { type: 'object' } },
    people: { type: 'object', description: 'Display names by user id' },
    score: {
      description: 'The score its branches were decided on, when its flow reads a scorecard; score and grade null when the record had none',
      oneOf: [
        {
          type: 'object', required: ['scorecard', 'version', 'score', 'grade', 'scorecardName', 'gradeLabel'],
          properties: {
            scorecard: { type: 'string' }, version: { type: ['integer', 'null'] }, score: { type: ['number', 'null'] }, grade: { type: ['string', 'null'] },
            scorecardName: { oneOf: [localized, { type: 'null' }] }, gradeLabel: { oneOf: [localized, { type: 'null' }] },
          },
        },
        { type: 'null' },
      ],
    },
    startedAt: { type: 'string', format: 'date-time' }, updatedAt: { type: 'string', format: 'date-time' }, finishedAt: { type: ['string', 'null'] },
  },
} as const;

export const instanceListSchema = itemsSchema(instanceSchema);

export const inboxSchema = itemsSchema({
  type: 'object',
  required: ['taskId', 'instanceId', 'nodeId', 'nodeName', 'flowId', 'flowName', 'formId', 'recordId', 'status', 'createdAt'],
  properties: {
    taskId: { type: 'string' }, instanceId: { type: 'string' }, nodeId: { type: 'string' }, nodeName: localized, flowId: { type: 'string' }, flowName: localized,
    formId: { type: 'string' }, recordId: { type: 'string' }, submitter: { type: ['object', 'null'] }, approvalStatus: { type: 'string' },
    status: { enum: ['open', 'completed', 'cancelled'] }, outcome: { type: ['string', 'null'] }, deadline: { type: ['string', 'null'] },
    createdAt: { type: 'string' }, closedAt: { type: ['string', 'null'] },
  },
});

export const submittedSchema = itemsSchema({
  type: 'object',
  required: ['instanceId', 'flowId', 'flowName', 'formId', 'recordId', 'subject', 'status', 'nodeName', 'returned', 'startedAt', 'updatedAt'],
  properties: {
    instanceId: { type: 'string' }, flowId: { type: 'string' }, flowName: localized, formId: { type: 'string' }, recordId: { type: 'string' }, subject: { type: ['string', 'null'] },
    status: { enum: ['running', 'returned', 'approved', 'rejected', 'withdrawn'] }, nodeName: { oneOf: [localized, { type: 'null' }] },
    returned: {
      oneOf: [
        {
          type: 'object', required: ['by', 'comment', 'at'], description: 'The last return: who, why, when',
          properties: { by: { oneOf: [{ type: 'object', required: ['id', 'displayName'], properties: { id: { type: 'string' }, displayName: { type: 'string' } } }, { type: 'null' }] }, comment: { type: ['string', 'null'] }, at: { type: 'string' } },
        },
        { type: 'null' },
      ],
    },
    startedAt: { type: 'string' }, updatedAt: { type: 'string' },
  },
});

/** @module The score routes: a record's stored score explained to the reader; what a re-score changed, and what a draft would. */
import type { Context } from 'hono';
import { DEFINITION_EDITORS } from '@heng/engine';
import type { ScorecardDefinition } from '@heng/engine';
import { principalOf, requireRole } from '../auth/principal.js';
import type { Principal } from '../auth/principal.js';
import { compiledDefinitions } from '../definitions/compiled-cache.js';
import type { CompiledCache } from '../definitions/compiled-cache.js';
import type { Queryable } from '../db/port.js';
import type { RouteModule } from '../http/app.js';
import { AppError } from '../http/app-error.js';
import { latestForm } from '../records/form.js';
import { reachableRecord } from '../records/row-access.js';
import { recordIdOf } from '../records/view.js';
import { draftImpact } from './draft-impact.js';
import { explainScore } from './explain.js';
import { rescoreImpact } from './impact.js';
import { loadScorecard, scorecardCache } from './scorecards.js';
import { findScores } from './store.js';

const SCORECARD_ID = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

const nullable = (schema: object): object => ({ oneOf: [schema, { type: 'null' }] });

/** A stored score, explained. */
const scoreSchema = {
  type: 'object',
  required: ['recordId', 'scorecard', 'scorecardVersion', 'formVersion', 'total', 'grade', 'factors', 'overrides', 'flags', 'outputs', 'problems', 'scoredAt'],
  properties: {
    recordId: { type: 'string' },
    recordRevision: { type: 'integer', description: 'The record revision scored' },
    formVersion: { type: 'integer' },
    scorecard: { type: 'string' },
    scorecardVersion: { type: 'integer', description: 'The published scorecard version the score was made with' },
    total: nullable({ type: 'number' }),
    grade: nullable({ type: 'string' }),
    bandGrade: nullable({ type: 'string' }),
    factors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' }, raw: { description: 'The value scored; null when hidden from your roles' }, rawHidden: { type: 'boolean' },
          points: { type: 'number' }, weight: { type: 'integer', description: 'basis points' }, contribution: { type: 'number' },
          band: nullable({ type: 'string' }), missing: nullable({ type: 'string' }),
        },
      },
    },
    overrides: { type: 'array', items: { type: 'object' } },
    flags: { type: 'array', items: { type: 'string' } },
    outputs: { type: 'object' },
    problems: { type: 'array', items: { type: 'object' } },
    scoredAt: { type: 'string', format: 'date-time' },
    jobId: nullable({ type: 'string' }),
    scorecards: { type: 'array', items: { type: 'string' }, description: 'Every scorecard that scored the record' },
  },
} as const;

function noScore(id: string, scorecard: string | undefined): AppError {
  const which = scorecard === undefined ? 'any scorecard' : `scorecard "${scorecard}"`;
  return new AppError('not_found', 404, `Record "${id}" has no score by ${which}: publish a scorecard of its form, or check the scorecard id.`, {
    messageZh: `记录 "${id}" 没有${scorecard === undefined ? '任何评分卡的' : `评分卡 "${scorecard}" 的`}评分：请发布该表单的评分卡，或检查评分卡 ID。`,
  });
}

function scorecardParam(c: Context): string | undefined {
  const value = c.req.query('scorecard');
  if (value === undefined) return undefined;
  if (!SCORECARD_ID.test(value)) {
    throw new AppError('bad_request', 400, `scorecard must be a scorecard id like credit_score (got "${value}").`, { messageZh: `scorecard 应为评分卡 ID，如 credit_score（收到 "${value}"）。` });
  }
  return value;
}

/** A record's stored scores, one per scorecard that scored it. */
const scoresSchema = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: { type: 'object', required: ['scorecard', 'scorecardVersion', 'scoredAt'], properties: { scorecard: { type: 'string' }, scorecardVersion: { type: 'integer' }, scoredAt: { type: 'string', format: 'date-time' } } },
    },
  },
} as const;

const movesSchema = { type: 'array', items: { type: 'object', required: ['from', 'to', 'count'], properties: { from: { type: ['string', 'null'] }, to: { type: ['string', 'null'] }, count: { type: 'integer' } } } } as const;

const impactSchema = {
  type: 'object',
  required: ['scored', 'changedScores', 'changedGrades', 'moves'],
  properties: { scored: { type: 'integer' }, changedScores: { type: 'integer' }, changedGrades: { type: 'integer' }, moves: movesSchema },
} as const;

const sideSchema = { type: 'object', required: ['total', 'grade'], properties: { total: { type: ['number', 'null'] }, grade: { type: ['string', 'null'] } } } as const;

const draftImpactSchema = {
  type: 'object',
  required: ['revision', 'formId', 'records', 'changedScores', 'changedGrades', 'moves', 'examples', 'policies'],
  properties: {
    revision: { type: 'integer', description: 'The draft revision scored' }, formId: { type: 'string' },
    records: { type: 'integer' }, changedScores: { type: 'integer' }, changedGrades: { type: 'integer' }, moves: movesSchema,
    examples: { type: 'array', items: { type: 'object', required: ['recordId', 'label', 'now', 'draft'], properties: { recordId: { type: 'string' }, label: { type: ['string', 'null'] }, now: sideSchema, draft: sideSchema } } },
    policies: {
      type: 'array',
      description: 'The policies whose value changes for a record at least: how many records change, and a money policy summed now and by the draft',
      items: {
        type: 'object',
        required: ['id', 'name', 'type', 'dropped', 'changed', 'total'],
        properties: {
          id: { type: 'string' },
          name: { type: ['object', 'null'], description: 'In the draft, else the live version; null: neither has it' },
          type: { type: ['string', 'null'] },
          dropped: { type: 'boolean', description: 'The live version has it, the draft drops it' },
          changed: { type: 'integer' },
          total: { type: ['object', 'null'], required: ['now', 'draft'], properties: { now: { type: 'number' }, draft: { type: 'number' } } },
        },
      },
    },
  },
} as const;

/**
 * `GET /api/forms/:formId/records/:id/score[?scorecard=]`: the record's current score (by the
 * given scorecard, else the first by id) with each factor's raw value, points, weight,
 * contribution and band, the overrides fired, flags, outputs and the scorecard version.
 * Raw values of fields hidden from the caller's roles are blanked; a record out of their reach
 * (the form's row rules) answers 404 like a missing one. And
 * `GET /api/forms/:formId/records/:id/scores`: which scorecards scored the record (none: an empty
 * list, not a 404), e.g. one since moved to another form; a record out of reach answers 404. And
 * `GET /api/admin/jobs/:jobId/rescore-impact`: what a re-score job changed (scorecard editors: admins and risk officers). And
 * `GET /api/definitions/scorecard/:id/draft/impact`: what publishing the saved draft would change (scorecard editors).
 *
 * @example
 * createApp(deps, [authRoutes(auth), recordRoutes(), scoringRoutes()]);
 */
export function scoringRoutes(cache: CompiledCache = scorecardCache, forms = compiledDefinitions): RouteModule {
  /** The record's form and stored scores, once the caller reaches the record (404 as a missing one otherwise). */
  const reachableScores = async (tx: Queryable, me: Principal, formId: string, id: string) => {
    const form = await latestForm(tx, forms, me.tenantId, formId);
    await reachableRecord(tx, me, form.compiled.definition, formId, id);
    return { form, scores: await findScores(tx, me.tenantId, id) };
  };
  return (routes, deps) => {
    routes.add(
      {
        method: 'get', path: '/api/forms/:formId/records/:id/score', operationId: 'getRecordScore', summary: 'A record\'s stored score, explained', tags: ['scoring'],
        query: { scorecard: { schema: { type: 'string' }, description: 'A scorecard id; the first scorecard by id unless given' } },
        responses: { 200: { description: 'The score and its explanation', schema: scoreSchema } },
      },
      async (c) => {
        const me = principalOf(c);
        const formId = c.req.param('formId') ?? '';
        const id = recordIdOf(c);
        const scorecard = scorecardParam(c);
        const body = await deps.db.withTenant(me.tenantId, async (tx) => {
          const { form, scores } = await reachableScores(tx, me, formId, id);
          const score = scorecard === undefined ? scores[0] : scores.find((s) => s.scorecardId === scorecard);
          if (score === undefined) throw noScore(id, scorecard);
          const card = await loadScorecard(tx, cache, me.tenantId, score.scorecardId, score.scorecardVersion);
          const definition: ScorecardDefinition = card!.compiled.definition;
          return { ...explainScore(score, definition, form.compiled, me.roles), scorecards: scores.map((s) => s.scorecardId) };
        });
        return c.json(body);
      },
    );
    routes.add(
      {
        method: 'get', path: '/api/forms/:formId/records/:id/scores', operationId: 'listRecordScores', summary: 'Which scorecards scored a record, and when (an empty list when none has)', tags: ['scoring'],
        responses: { 200: { description: 'The scorecards, by id', schema: scoresSchema } },
      },
      async (c) => {
        const me = principalOf(c);
        const formId = c.req.param('formId') ?? '';
        const id = recordIdOf(c);
        const items = await deps.db.withTenant(me.tenantId, async (tx) => {
          const { scores } = await reachableScores(tx, me, formId, id);
          return scores.map((s) => ({ scorecard: s.scorecardId, scorecardVersion: s.scorecardVersion, scoredAt: s.scoredAt }));
        });
        return c.json({ items });
      },
    );
    routes.add(
      {
        method: 'get', path: '/api/admin/jobs/:jobId/rescore-impact', operationId: 'getRescoreImpact', summary: 'What a re-score job changed: scores and grades, and the moves between grades (scorecard editors)', tags: ['scoring'],
        responses: { 200: { description: 'The impact', schema: impactSchema } },
      },
      async (c) => {
        // Whoever may publish a scorecard reads what its re-score changed.
        const me = requireRole(c, ...DEFINITION_EDITORS.scorecard);
        const jobId = c.req.param('jobId') ?? '';
        return c.json(await deps.db.withTenant(me.tenantId, (tx) => rescoreImpact(tx, me.tenantId, jobId)));
      },
    );
    routes.add(
      {
        method: 'get', path: '/api/definitions/scorecard/:id/draft/impact', operationId: 'getScorecardDraftImpact', tags: ['scoring'],
        summary: 'What publishing the saved scorecard draft would change: every live record of its form scored by it, beside its score now (scorecard editors; nothing is stored)',
        responses: { 200: { description: 'The impact', schema: draftImpactSchema } },
      },
      async (c) => {
        const me = requireRole(c, ...DEFINITION_EDITORS.scorecard);
        const id = c.req.param('id') ?? '';
        const loadForm = (tx: Queryable) => (formId: string) => latestForm(tx, forms, me.tenantId, formId);
        // One snapshot: a record written meanwhile is seen either before or after, not half.
        return c.json(await deps.db.withTenant(me.tenantId, (tx) => draftImpact(tx, me, id, loadForm(tx), deps.clock.now()), { isolation: 'repeatable read' }));
      },
    );
  };
}

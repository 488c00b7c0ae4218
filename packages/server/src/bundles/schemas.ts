/** @module JSON Schemas of the bundles routes. */
import type { ConflictResolution } from '@heng/engine';
import { itemsSchema } from '../http/schema-check.js';

/** How each clashing definition (`kind:id`) is resolved; renamed unless said. */
type Resolutions = Readonly<Record<string, ConflictResolution>>;

/** The body of a template dry run or import. */
export interface TemplateBody {
  readonly resolutions?: Resolutions;
}

/** The body of a bundle file dry run or import. */
export interface ImportBody extends TemplateBody {
  readonly bundle: unknown;
}

const resolutions = {
  type: 'object',
  propertyNames: { pattern: '^(form|dashboard|scorecard|ruleset|flow):[A-Za-z][A-Za-z0-9_]{0,63}$' },
  additionalProperties: { enum: ['rename', 'replace'] },
  description: 'kind:id → rename (the default) or replace',
} as const;

export const templateBody = { type: 'object', properties: { resolutions }, additionalProperties: false } as const;

export const importBody = {
  type: 'object',
  required: ['bundle'],
  properties: { bundle: { description: 'The bundle (checked in full, with every problem at its path)' }, resolutions },
  additionalProperties: false,
} as const;

const localized = { type: 'object', properties: { 'zh-CN': { type: 'string' }, en: { type: 'string' } } } as const;

const plan = {
  type: 'object',
  properties: {
    definitions: { type: 'array', items: { type: 'object', properties: { kind: { type: 'string' }, from: { type: 'string' }, id: { type: 'string' }, action: { enum: ['create', 'rename', 'replace'] }, name: localized } } },
    roles: { type: 'object', properties: { create: { type: 'array', items: { type: 'string' } }, existing: { type: 'array', items: { type: 'string' } }, names: { type: 'object', additionalProperties: localized, description: "the bundle's name of each role" } } },
    seedRecords: { type: 'integer' },
  },
} as const;

export const planSchema = { type: 'object', required: ['plan'], properties: { plan } } as const;

export const resultSchema = {
  type: 'object',
  required: ['plan', 'published', 'records'],
  properties: { plan, published: { type: 'array', items: { type: 'object' } }, records: { type: 'integer' } },
} as const;

export const templateListSchema = itemsSchema({ type: 'object' });

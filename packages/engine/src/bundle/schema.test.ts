import { describe, expect, it } from 'vitest';
import { schemaChecker } from '../core/ajv.js';
import { bundleSchema } from './schema.js';

const check = schemaChecker(bundleSchema);

describe('bundleSchema', () => {
  it('accepts the smallest bundle, as its example says', () => {
    expect(check({ format: 'heng.bundle/1', id: 'credit', name: { 'zh-CN': '客户信用管理', en: 'Credit management' }, version: '1.0.0', roles: [], definitions: [] })).toEqual([]);
  });

  it('names every missing or malformed part of the envelope', () => {
    expect(check({ format: 'heng.bundle/1', id: 'credit', version: '1.0' }).map((p) => `${p.path} ${p.code}`)).toEqual(['/name schema.required', '/roles schema.required', '/definitions schema.required', '/version schema.pattern']);
  });
});

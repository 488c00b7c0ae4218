import { describe, expect, it } from 'vitest';
import { schemaChecker } from '../core/ajv.js';
import { flowCommandSchema } from './command-schema.js';
import { directory } from './test-fixtures.js';

const check = schemaChecker(flowCommandSchema);
const codes = (c: unknown) => check(c).map((p) => `${p.path} ${p.code}`);

describe('flowCommandSchema', () => {
  it('accepts each command in its own shape', () => {
    expect(codes({ type: 'submit', by: 'li', record: { amount: 1 }, directory, version: 0 })).toEqual([]);
    expect(codes({ type: 'addSigner', by: 'wang', users: ['chen'], where: 'before' })).toEqual([]);
    expect(codes({ type: 'timeout', nodeId: 'risk' })).toEqual([]);
  });

  it('places what is wrong', () => {
    expect(codes({ type: 'return', by: 'wang', comment: 'x' })).toEqual(['/to schema.required']);
    expect(codes({ type: 'addSigner', by: 'wang', users: ['chen'], where: 'around' })).toEqual(['/where schema.enum']);
    expect(codes({ type: 'approve', by: 'wang', version: -1 })).toEqual(['/version schema.minimum']);
    expect(codes({ type: 'submit', by: 'li', record: {}, directory: { roles: { x: 'a' }, managers: {}, admins: [] } })).toEqual(['/directory/roles/x schema.type']);
  });
});

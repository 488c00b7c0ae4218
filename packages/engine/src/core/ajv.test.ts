import { describe, expect, it } from 'vitest';
import { schemaChecker } from './ajv.js';
import { pointer, parsePointer } from './json-pointer.js';

describe('schemaChecker', () => {
  const check = schemaChecker({
    type: 'object',
    properties: { id: { type: 'string' }, weight: { type: 'integer', minimum: 0 }, mode: { enum: ['or', 'and'] } },
    required: ['id'],
    additionalProperties: false,
  });

  it('passes a good document', () => {
    expect(check({ id: 'x', weight: 1, mode: 'or' })).toEqual([]);
  });

  it('returns every problem at once, placed on the property', () => {
    const problems = check({ weight: -1, mode: 'xor', colour: 'red' });
    expect(problems.map((p) => `${p.path} ${p.code}`).sort()).toEqual(['/colour schema.additionalProperties', '/id schema.required', '/mode schema.enum', '/weight schema.minimum']);
    expect(problems.every((p) => p.message.length > 0 && p.messageZh.length > 0)).toBe(true);
  });
});

describe('json pointer', () => {
  it('escapes and parses tokens', () => {
    expect(pointer('/a', 'b/c', 0, 'd~e')).toBe('/a/b~1c/0/d~0e');
    expect(parsePointer('/a/b~1c/0/d~0e')).toEqual(['a', 'b/c', '0', 'd~e']);
    expect(parsePointer('')).toEqual([]);
  });
});

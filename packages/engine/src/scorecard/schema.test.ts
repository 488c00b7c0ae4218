import { describe, expect, it } from 'vitest';
import { schemaChecker } from '../core/ajv.js';
import { scorecardSchema } from './schema.js';
import { smallCard } from './test-kit.js';

const check = schemaChecker(scorecardSchema);

describe('scorecardSchema', () => {
  it('accepts a valid card', () => {
    expect(check(smallCard())).toEqual([]);
  });

  it('checks the missing policy by its kind', () => {
    const def = smallCard();
    const bad = { ...def, factors: [{ ...def.factors[0], missing: { policy: 'points' } }, { ...def.factors[1], missing: { policy: 'fail', points: 1 } }] };
    expect(check(bad).map((p) => [p.path, p.code])).toEqual([
      ['/factors/0/missing/points', 'schema.required'],
      ['/factors/1/missing/points', 'schema.additionalProperties'],
    ]);
  });

  it('checks override actions, colours and grade codes', () => {
    const def = smallCard();
    const bad = {
      ...def,
      grades: [{ ...def.grades[0], color: 'green', grade: 'A A' }],
      overrides: [{ id: 'o', when: { all: [] }, action: { kind: 'flag', grade: 'C' } }],
    };
    expect(check(bad).map((p) => p.path).sort()).toEqual(['/grades/0/color', '/grades/0/grade', '/overrides/0/action/flag', '/overrides/0/action/grade', '/overrides/0/action/label']);
  });

  it('checks conditions inside bands and overrides', () => {
    const def = smallCard();
    const bad = { ...def, overrides: [{ id: 'o', when: { fact: 'x', operator: 'like', value: 1 }, action: { kind: 'cap', grade: 'C' } }] };
    expect(check(bad).map((p) => [p.path, p.code])).toEqual([['/overrides/0/when/operator', 'schema.enum']]);
  });
});

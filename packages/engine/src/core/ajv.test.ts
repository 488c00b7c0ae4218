import { describe, expect, it } from 'vitest';
import { schemaChecker } from './ajv.js';
import { idSchema } from './ids.js';
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

  it('says how to fix each problem, not only the rule', () => {
    const said = (x: unknown) => Object.fromEntries(check(x).map((p) => [p.path, [p.message, p.messageZh]]));
    expect(said({ id: 3, weight: 1.5, mode: 'xor' })).toEqual({
      '/id': ['Must be a string: write a string here.', '类型应为 string：请在此填写 string 类型的值。'],
      '/weight': ['Must be an integer: write an integer here.', '类型应为 integer：请在此填写 integer 类型的值。'],
      '/mode': ['Must be one of "or", "and": pick one of them.', '取值应为以下之一："or", "and"：请从中选择。'],
    });
    expect(said({ id: 'x', weight: -1 })['/weight']).toEqual(['Must be >= 0: change it to a value >= 0.', '取值应 >= 0：请改为 >= 0 的值。']);
    const text = schemaChecker({ type: 'string', minLength: 2, maxLength: 3, pattern: '^[a-z]+$' });
    expect(text('A').map((p) => p.message)).toEqual(['Must be at least 2 characters long: lengthen it.', 'Does not match the required format ^[a-z]+$: rewrite it to match.']);
    expect(text('abcd').map((p) => p.message)).toEqual(['Must be at most 3 characters long: shorten it.']);
    // An id is described, not shown as its regular expression: a flag named in Chinese says what to write instead.
    expect(schemaChecker(idSchema)('质量差').map((p) => p.messageZh)).toEqual(['应为英文标识：以英文字母开头，只含字母、数字和下划线（最多 64 个），例如 quality_low：请照此修改。']);
    const list = schemaChecker({ type: 'array', minItems: 1, maxItems: 2 });
    expect(list([]).map((p) => p.message)).toEqual(['Needs at least 1 item: add more.']);
    expect(list([1, 2, 3]).map((p) => p.message)).toEqual(['Allows at most 2 items: remove some.']);
    expect(schemaChecker({ type: ['string', 'null'] })(1).map((p) => p.message)).toEqual(['Must be a string or null: write a string or null here.']);
  });
});

describe('json pointer', () => {
  it('escapes and parses tokens', () => {
    expect(pointer('/a', 'b/c', 0, 'd~e')).toBe('/a/b~1c/0/d~0e');
    expect(parsePointer('/a/b~1c/0/d~0e')).toEqual(['a', 'b/c', '0', 'd~e']);
    expect(parsePointer('')).toEqual([]);
  });
});

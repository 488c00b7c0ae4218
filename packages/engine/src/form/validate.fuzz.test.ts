import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStructure } from './structure.js';
import { label, refs } from './test-kit.js';
import { validateForm } from './validate.js';

// Structurally valid forms with random semantics, so the semantic checks (not only the schema) meet odd input.
const id = fc.constantFrom('a', 'b', 'c', 'rows', 'x1');
const json = fc.jsonValue({ maxDepth: 2 });
const condition = fc.oneof(
  fc.constant({ fact: 'a', operator: 'equal', value: 1 }),
  fc.constant({ all: [{ fact: 'b', operator: 'greaterThan', value: 2 }, { not: { fact: 'zz', operator: 'in', value: ['x'] } }] }),
  fc.constant({ fact: 'rows', operator: 'contains', value: 'q' }),
  fc.record({ fact: id, operator: fc.constantFrom('equal', 'lessThan', 'contains', 'in'), value: fc.oneof(fc.integer(), fc.string(), fc.array(fc.string(), { maxLength: 2 })) }),
);
const common = { id, label: fc.constant(label('F')), required: fc.boolean(), visibleWhen: condition, access: fc.dictionary(fc.constantFrom('salesperson', 'ghost'), fc.constantFrom('hidden', 'read', 'write')) };
const optional = { requiredKeys: ['id', 'type', 'label'] as never[] };
const bound = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e14, max: 1e14 }));
const regex = fc.oneof(fc.constantFrom('^a+$', '(a+)+$', '(?=x)', '[', '\\p{Han}'), fc.string({ minLength: 1, maxLength: 8 }));
const scalar = fc.oneof(
  fc.record({ ...common, type: fc.constantFrom('text', 'long_text'), default: json, rules: fc.record({ minLength: fc.nat(5), maxLength: fc.nat(5000), pattern: fc.record({ regex }) }, { requiredKeys: [] }) }, optional),
  fc.record({ ...common, type: fc.constantFrom('number', 'money'), default: json, rules: fc.record({ min: bound, max: bound }, { requiredKeys: [] }) }, optional),
  fc.record({ ...common, type: fc.constant('percent'), decimals: fc.nat(6), default: json }, optional),
  fc.record({ ...common, type: fc.constant('date'), default: json, rules: fc.record({ min: fc.constantFrom('today', '2023-02-29', '2024-01-01'), max: fc.constantFrom('today', '1999-12-31') }, { requiredKeys: [] }) }, optional),
  fc.record({ ...common, type: fc.constantFrom('single_select', 'multi_select'), default: json, options: fc.array(fc.record({ id, label: fc.constant(label('O')) }), { maxLength: 3 }) }, optional),
  fc.record({ ...common, type: fc.constant('reference'), target: fc.constantFrom('customer', 'order', 'nope') }, optional),
  fc.record({ ...common, type: fc.constant('formula'), formula: fc.oneof(fc.constantFrom('a + 1', 'b * c', 'SUM(rows.a)', 'IF(a > 1, "x", 2)', 'TODAY()', 'DAYS(a, b)'), fc.string({ minLength: 1, maxLength: 12 })), resultType: fc.constantFrom('number', 'money', 'percent', 'text', 'boolean', 'date') }, { requiredKeys: ['id', 'type', 'label', 'formula', 'resultType'] as never[] }),
);
const strip = <T extends Record<string, unknown>>(f: T) => Object.fromEntries(Object.entries(f).filter(([k]) => k !== 'visibleWhen' && k !== 'access' && k !== 'rules'));
const table = fc.record({ id, type: fc.constant('sub_table'), label: fc.constant(label('T')), default: json, columns: fc.array(scalar.map(strip), { maxLength: 3 }) }, { requiredKeys: ['id', 'type', 'label', 'columns'] as never[] });
const form = fc
  .record({ fields: fc.array(fc.oneof(scalar, table), { maxLength: 6 }), split: fc.nat(6), drop: fc.boolean() })
  .map(({ fields, split, drop }) => {
    const ids = fields.map((f) => f.id as string);
    const sections = [
      { id: 's1', label: label('S1'), columns: 2, fields: ids.slice(0, split) },
      { id: 's2', label: label('S2'), columns: 1, fields: drop ? [...ids.slice(split, -1), 'ghost'] : ids.slice(split) },
    ];
    return { kind: 'form', id: 'customer', name: label('Customer'), fields, sections };
  });

describe('validateForm on random well-shaped forms', () => {
  it('never throws, and reaches the semantic checks', () => {
    let semantic = 0;
    fc.assert(
      fc.property(form, (def) => {
        const structural = checkStructure(def);
        const problems = validateForm(def, refs());
        expect(Array.isArray(problems)).toBe(true);
        if (structural.length === 0) semantic += 1;
        for (const p of problems) expect(p.message.length * p.messageZh.length).toBeGreaterThan(0);
      }),
      { numRuns: 3_000 },
    );
    expect(semantic).toBeGreaterThan(1_000);
  });
});

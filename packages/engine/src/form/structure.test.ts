import { describe, expect, it } from 'vitest';
import { createAjv } from '../core/ajv.js';
import { formSchema } from './schema.js';
import { checkStructure } from './structure.js';
import { label, where } from './test-kit.js';

const form = (fields: unknown[], extra: Record<string, unknown> = {}) => ({ kind: 'form', id: 'customer', name: label('Customer'), fields, sections: [], ...extra });

describe('form schema', () => {
  it('compiles in ajv strict mode', () => {
    expect(() => createAjv().compile(formSchema)).not.toThrow();
  });

  it('passes a well-formed form', () => {
    expect(checkStructure(form([{ id: 'a', type: 'text', label: label('A'), rules: { pattern: { regex: '^x$' }, unique: true } }]))).toEqual([]);
  });

  it('names a property the field type does not have', () => {
    const problems = checkStructure(form([{ id: 'a', type: 'text', label: label('A'), options: [] }]));
    expect(where(problems)).toEqual(['/fields/0/options schema.unevaluatedProperties']);
    expect(problems[0]?.message).toBe('Unknown property "options" of a "text" field: remove it or check its spelling.');
  });

  it('requires the type’s own properties, and allows only its rules', () => {
    expect(where(checkStructure(form([{ id: 's', type: 'single_select', label: label('S') }])))).toEqual(['/fields/0/options schema.required']);
    expect(where(checkStructure(form([{ id: 'b', type: 'boolean', label: label('B'), rules: { min: 1 } }])))).toEqual(['/fields/0/rules/min schema.additionalProperties']);
    expect(where(checkStructure(form([{ id: 'f', type: 'formula', label: label('F'), formula: '1', resultType: 'datetime' }])))).toEqual(['/fields/0/resultType schema.enum']);
  });

  it('forbids nested tables, and visibility, a requirement condition, access or unique in columns', () => {
    const table = {
      id: 't',
      type: 'sub_table',
      label: label('T'),
      columns: [
        { id: 'n', type: 'sub_table', label: label('N'), columns: [] },
        { id: 'c', type: 'text', label: label('C'), rules: { unique: true }, access: { salesperson: 'read' } },
        { id: 'd', type: 'text', label: label('D'), requiredWhen: { fact: 'c', operator: 'equal', value: 'x' } },
      ],
    };
    expect(where(checkStructure(form([table])))).toEqual([
      '/fields/0/columns/0/type schema.enum',
      '/fields/0/columns/1/access schema.unevaluatedProperties',
      '/fields/0/columns/1/rules/unique schema.additionalProperties',
      '/fields/0/columns/2/requiredWhen schema.unevaluatedProperties',
    ]);
  });

  it('checks date bounds, access levels, section columns and ids', () => {
    const problems = checkStructure(
      form([{ id: 'd', type: 'date', label: label('D'), rules: { max: 'tomorrow' }, access: { salesperson: 'edit' } }], {
        sections: [{ id: '1st', label: label('S'), columns: 5, fields: ['d'] }],
      }),
    );
    expect(where(problems)).toEqual([
      '/fields/0/access/salesperson schema.enum',
      '/fields/0/rules/max schema.pattern',
      '/sections/0/columns schema.enum',
      '/sections/0/id schema.pattern',
    ]);
  });

  it('checks a visibility condition’s shape', () => {
    const problems = checkStructure(form([{ id: 'a', type: 'text', label: label('A'), visibleWhen: { fact: 'b', operator: 'equals', value: 1 } }]));
    expect(where(problems)).toEqual(['/fields/0/visibleWhen/operator schema.enum']);
  });

  it('reports the missing parts of a bare object, and non-objects', () => {
    expect(where(checkStructure({ kind: 'form' }))).toEqual(['/fields schema.required', '/id schema.required', '/name schema.required', '/sections schema.required']);
    expect(where(checkStructure('form'))).toEqual([' schema.type']);
  });
});

import type { FieldDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { cellOf, valueOf } from './csv-values.js';

const label = { en: 'x', 'zh-CN': 'x' };
const field = (type: string): FieldDefinition => ({ id: 'f', type, label }) as unknown as FieldDefinition;

describe('cells', () => {
  it('round-trips each kind of value', () => {
    const cases: [string, unknown][] = [['money', 1234.5], ['percent', 0.35], ['boolean', false], ['multi_select', ['a', 'b']], ['sub_table', [{ id: 'r1', n: 1 }]], ['text', 'Acme, Ltd'], ['text', '=HYPERLINK("x")'], ['date', '2024-05-01']];
    for (const [type, value] of cases) expect([type, valueOf(field(type), cellOf(field(type), value))]).toEqual([type, value]);
  });

  it('guards text that Excel would run as a formula', () => {
    expect(cellOf(field('text'), '=1+1')).toBe("'=1+1");
    expect(cellOf(field('number'), -5)).toBe('-5');
  });

  it('leaves empty cells out and passes wrong types on for validation', () => {
    expect(valueOf(field('money'), '')).toBeUndefined();
    expect(valueOf(field('money'), 'lots')).toBe('lots');
    expect(valueOf(field('boolean'), 'yes')).toBe('yes');
    expect(valueOf(field('sub_table'), '[oops')).toBe('[oops');
  });
});

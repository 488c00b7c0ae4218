import { sameJson } from '@heng/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDefinitions } from './diff.js';

const factor = (id: string, weight: number) => ({ id, weight, name: { en: id, 'zh-CN': id } });

describe('diffDefinitions', () => {
  it('gives nothing for equal documents', () => {
    const doc = { kind: 'scorecard', factors: [factor('a', 1), factor('b', 2)], tags: ['x', 'y'] };
    expect(diffDefinitions(doc, structuredClone(doc))).toEqual([]);
  });

  it('reports added, removed and replaced keys with JSON Pointer paths', () => {
    expect(diffDefinitions({ a: 1, 'b/c': 2, keep: { x: 'old' } }, { a: 1, keep: { x: 'new' }, d: true })).toEqual([
      { path: '/b~1c', op: 'remove', from: 2 },
      { path: '/keep/x', op: 'replace', from: 'old', to: 'new' },
      { path: '/d', op: 'add', to: true },
    ]);
  });

  it('matches id-keyed items by id: a moved factor is one move, its edit is under its new place', () => {
    const before = { factors: [factor('debt', 6000), factor('age', 1000), factor('suits', 3000)] };
    const after = { factors: [factor('age', 1000), factor('suits', 3000), factor('debt', 5000)] };
    expect(diffDefinitions(before, after)).toEqual([
      { path: '/factors/2', op: 'move', from: '/factors/0', id: 'debt' },
      { path: '/factors/2/weight', op: 'replace', from: 6000, to: 5000 },
    ]);
  });

  it('reports added and removed id-keyed items whole, with their ids', () => {
    const before = { factors: [factor('a', 1), factor('b', 2)] };
    const after = { factors: [factor('a', 1), factor('c', 3)] };
    expect(diffDefinitions(before, after)).toEqual([
      { path: '/factors/1', op: 'remove', from: factor('b', 2), id: 'b' },
      { path: '/factors/1', op: 'add', to: factor('c', 3), id: 'c' },
    ]);
  });

  it('compares arrays without ids by place', () => {
    expect(diffDefinitions({ v: [1, 2, 3] }, { v: [1, 5] })).toEqual([
      { path: '/v/1', op: 'replace', from: 2, to: 5 },
      { path: '/v/2', op: 'remove', from: 3 },
    ]);
    expect(diffDefinitions({ v: ['a'] }, { v: ['a', 'b'] })).toEqual([{ path: '/v/1', op: 'add', to: 'b' }]);
  });

  it('replaces a value whose type changed, and a whole document at the root', () => {
    expect(diffDefinitions({ v: [1] }, { v: { 0: 1 } })).toEqual([{ path: '/v', op: 'replace', from: [1], to: { 0: 1 } }]);
    expect(diffDefinitions(1, 'one')).toEqual([{ path: '', op: 'replace', from: 1, to: 'one' }]);
  });

  it('finds no change between any JSON value and its copy, and some change otherwise', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(diffDefinitions(a, structuredClone(a))).toEqual([]);
        if (!sameJson(a, b)) expect(diffDefinitions(a, b).length).toBeGreaterThan(0);
      }),
    );
  });
});

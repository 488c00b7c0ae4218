import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ReferenceContext } from './core/context.js';
import type { DefinitionKind } from './core/kind.js';
import { creditBundle } from './bundle/test-bundle.js';
import { sampleDashboard } from './dashboard/test-kit.js';
import { formCatalog, type FormDefinition } from './form/index.js';
import { KIND_ORDER, specOf, type Definition } from './kinds.js';

const bundle = creditBundle();
const ctx: ReferenceContext = {
  forms: new Map(bundle.definitions.filter((d): d is FormDefinition => d.kind === 'form').map((f) => [f.id, formCatalog(f)])),
  roles: new Set(bundle.roles.map((r) => r.id)),
  flows: new Set(['credit_approval']),
  scorecards: new Map([['credit_score', { form: 'customer', grades: ['AAA', 'AA', 'A', 'B'], policies: [] }]]),
};
const seedOf = (kind: DefinitionKind) => [...bundle.definitions, sampleDashboard].find((d) => d.kind === kind) as Definition;

type Json = unknown;
/** Every path (as keys) in a JSON value, the root included. */
function paths(v: Json, at: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [at];
  const children = Array.isArray(v) ? v.map((x, i) => paths(x, [...at, i])) : Object.entries(v).map(([k, x]) => paths(x, [...at, k]));
  return [at, ...children.flat()];
}

/** A copy of `v` with the value at `path` replaced (or removed when `by` is undefined). */
function replaced(v: Json, path: readonly (string | number)[], by: Json): Json {
  if (path.length === 0) return by;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(v) ? [...(v as Json[])] : { ...(v as object) }) as Record<string | number, Json>;
  if (rest.length === 0 && by === undefined) delete copy[head];
  else copy[head] = replaced(copy[head], rest, by);
  return copy;
}

const nasty = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(undefined, null, Number.NaN, Infinity, -0, 1e308, '', ' ', '__proto__', 'constructor', [], {}, 'x'.repeat(10_000)),
  fc.integer({ min: 1, max: 300 }).map((n) => {
    let deep: Json = { fact: 'x', operator: 'equal', value: 1 };
    for (let i = 0; i < n; i++) deep = { any: [deep] };
    return deep;
  }),
);

/** Random mutations of a valid definition: 1-3 parts replaced by junk, or removed. */
function mutated(seed: Definition): fc.Arbitrary<Json> {
  const all = paths(seed);
  return fc.array(fc.tuple(fc.nat(all.length - 1), nasty), { minLength: 1, maxLength: 3 }).map((edits) => edits.reduce<Json>((acc, [i, by]) => replaced(acc, all[i] ?? [], by), seed));
}

describe('validate never throws', () => {
  for (const kind of KIND_ORDER) {
    it(`${kind}: 2,500 random or malformed definitions each yield problems or pass (and then compile)`, () => {
      const spec = specOf(kind);
      fc.assert(
        fc.property(fc.oneof({ arbitrary: mutated(seedOf(kind)), weight: 4 }, { arbitrary: fc.anything({ maxDepth: 4 }), weight: 1 }), (input) => {
          const problems = spec.validate(input, ctx);
          expect(Array.isArray(problems)).toBe(true);
          for (const p of problems) expect(typeof p.path === 'string' && p.message.length > 0 && p.messageZh.length > 0).toBe(true);
          if (problems.length === 0) expect(() => spec.compile(input as Definition, ctx)).not.toThrow();
        }),
        { numRuns: 2500 },
      );
    });
  }

  it('the seeds themselves are valid', () => {
    for (const kind of KIND_ORDER) expect(specOf(kind).validate(seedOf(kind), ctx)).toEqual([]);
  });
});

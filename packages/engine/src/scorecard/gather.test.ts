import { describe, expect, it } from 'vitest';
import { recordGatherer } from './gather.js';

describe('recordGatherer', () => {
  it('reads the fields asked for, whatever the key order, and undefined for absent ones', () => {
    const gather = recordGatherer(['b', 'a', 'z']);
    const into: unknown[] = [];
    gather({ a: 1, b: 2, c: 3 }, into);
    expect(into).toEqual([2, 1, undefined]);
    gather({ c: 3, z: 'x', b: null }, into);
    expect(into).toEqual([null, undefined, 'x']);
    gather({ a: 1, b: 2, c: 3 }, into);
    expect(into).toEqual([2, 1, undefined]);
  });

  it('reads own properties only', () => {
    const gather = recordGatherer(['constructor', 'toString', 'a']);
    const into: unknown[] = [];
    gather({ a: 1 }, into);
    expect(into).toEqual([undefined, undefined, 1]);
    gather(JSON.parse('{"constructor": 5}') as Record<string, unknown>, into);
    expect(into).toEqual([5, undefined, undefined]);
  });

  it('reads objects with another prototype field by field, own properties only', () => {
    const gather = recordGatherer(['a', 'b']);
    const proto = { b: 'inherited' };
    const rec = Object.assign(Object.create(proto) as Record<string, unknown>, { a: 1 });
    const into: unknown[] = [];
    gather(rec, into);
    expect(into).toEqual([1, undefined]);
    gather(Object.assign(Object.create(null) as Record<string, unknown>, { b: 2 }), into);
    expect(into).toEqual([undefined, 2]);
  });
});

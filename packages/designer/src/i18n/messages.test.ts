import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { zhCN } from './zh-cn.js';

/** Every leaf of a message tree as `a.b.c` → text. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v as object, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const e = leaves(en);
  const z = leaves(zhCN);

  it('have the same keys and no empty text', () => {
    expect([...z.keys()].sort()).toEqual([...e.keys()].sort());
    for (const [key, text] of [...e, ...z]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of e) expect(placeholders(z.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('are translated, not copied', () => {
    const same = [...e].filter(([key, text]) => z.get(key) === text).map(([key]) => key);
    expect(same).toEqual([]);
  });
});

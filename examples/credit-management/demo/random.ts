/** @module A seeded pseudo-random source (mulberry32): the same seed gives the same demo data, on every machine. */

/** Draws from a seeded sequence: numbers, integers, picks and chances. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A number in [min, max). */
  between(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One of `items`, each equally likely. */
  pick<T>(items: readonly T[]): T;
  /** One of the keys of `weights`, in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
}

/**
 * A pseudo-random source from a 32-bit seed (mulberry32: small, fast, well spread); never
 * `Math.random`, so a generator run twice with one seed writes the same data.
 *
 * @example
 * const r = seeded(20250630);
 * r.int(1, 6) // the same on every run
 */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('Nothing to pick from.');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick,
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
      const entries = Object.entries(weights) as [K, number][];
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let at = next() * total;
      for (const [key, w] of entries) {
        at -= w;
        if (at < 0) return key;
      }
      return entries[entries.length - 1]![0];
    },
  };
}

/**
 * A copy of `items` in an order drawn from `r` (Fisher–Yates).
 *
 * @example
 * shuffled(seeded(1), [1, 2, 3]) // the same order on every run
 */
export function shuffled<T>(r: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

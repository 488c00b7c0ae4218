/** @module A small seeded PRNG (mulberry32), so every run scores the same customers. */

/** A generator of floats in [0, 1) from a 32-bit seed. */
export type Random = () => number;

/**
 * mulberry32: fast, 32-bit state, good enough to spread test data.
 *
 * @example
 * const rnd = mulberry32(42); rnd() // 0.6011037519201636
 */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [lo, hi]. */
export const int = (rnd: Random, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));

/** A number in [lo, hi) with `places` decimals. */
export const decimal = (rnd: Random, lo: number, hi: number, places: number): number => {
  const f = 10 ** places;
  return Math.round((lo + rnd() * (hi - lo)) * f) / f;
};

/** One of the items. */
export const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;

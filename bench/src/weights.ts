/** @module Industry weight tables for the hand-written and json-rules-engine paths, computed once. */

/** Largest-remainder apportionment to `total`, ties to the earlier share (as the engine does). */
function apportion(shares: readonly number[], total: number): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (s * total) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rem: x - Math.floor(x) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

/**
 * Base weights (basis points) and their multipliers per industry, multiplied in ten-thousandths
 * and brought back to 10000: the tables a programmer would write down by hand.
 */
export function industryWeights(base: readonly number[], multipliers: Readonly<Record<string, Readonly<Record<number, number>>>>): Map<string | null, Int32Array> {
  const table = new Map<string | null, Int32Array>([[null, Int32Array.from(base)]]);
  for (const [industry, m] of Object.entries(multipliers)) {
    const shares = base.map((w, i) => w * Math.round((m[i] ?? 1) * 10_000));
    table.set(industry, Int32Array.from(apportion(shares, 10_000)));
  }
  return table;
}

/** @module How the benches print: numbers, steps with their time, and PASS/FAIL lines. */
import { performance } from 'node:perf_hooks';

/**
 * A whole number with thousands separators.
 *
 * @example
 * fmt(100000) // '100,000'
 */
export const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/**
 * Milliseconds as `850 ms` or `2.31 s`.
 *
 * @example
 * ms(2310) // '2.31 s'
 */
export const ms = (n: number): string => (n < 1_000 ? `${n.toFixed(n < 10 ? 1 : 0)} ms` : `${(n / 1_000).toFixed(2)} s`);

/**
 * Runs one step of a bench and prints how long it took, so a slow run shows where it is.
 *
 * @example
 * const rows = await step('Loading customers', () => load());
 */
export async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await run();
  console.log(`  · ${label}: ${ms(performance.now() - t0)}`);
  return out;
}

/**
 * Prints one target's verdict as the engine bench does, and returns whether it passed.
 *
 * @example
 * failed ||= !check('submit / bare = 0.61×', 0.61 >= 0.5, '≥ 0.5×');
 */
export function check(what: string, ok: boolean, target: string): boolean {
  const line = `${ok ? 'PASS' : 'FAIL'}  ${what} (target ${target})`;
  verdicts.push(line);
  console.log(`  ${line}`);
  return ok;
}

const verdicts: string[] = [];

/**
 * Prints every verdict of the run again, together, under a title.
 *
 * @example
 * printVerdicts('All targets');
 */
export function printVerdicts(title: string): void {
  console.log(`\n${title}:`);
  for (const line of verdicts) console.log(`  ${line}`);
}

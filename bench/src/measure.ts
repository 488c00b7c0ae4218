/** @module Timing and agreement checks for the bench. */
import { performance } from 'node:perf_hooks';

/** Each path's answers, kept in flat arrays so collecting them costs every path the same. */
export class Answers {
  readonly totals: Float64Array;
  readonly grades: string[];
  readonly flags: string[];

  constructor(readonly size: number) {
    this.totals = new Float64Array(size);
    this.grades = new Array<string>(size).fill('');
    this.flags = new Array<string>(size).fill('');
  }

  set(i: number, v: { readonly total: number | null; readonly grade: string | null; readonly flags: readonly string[] }): void {
    this.totals[i] = v.total ?? NaN;
    this.grades[i] = v.grade ?? '';
    this.flags[i] = v.flags.length === 0 ? '' : v.flags.length === 1 ? (v.flags[0] as string) : v.flags.join(',');
  }

  /** The first records where `other` answered differently, described. */
  differences(other: Answers, limit = 5): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.size && out.length < limit; i++) {
      if (this.totals[i] !== other.totals[i] || this.grades[i] !== other.grades[i] || this.flags[i] !== other.flags[i]) {
        out.push(`#${i}: ${this.totals[i]} ${this.grades[i]} [${this.flags[i]}] vs ${other.totals[i]} ${other.grades[i]} [${other.flags[i]}]`);
      }
    }
    return out;
  }
}

/** Time spent, in milliseconds: CPU time of this process, and wall-clock time. */
export interface Timing {
  readonly cpu: number;
  readonly wall: number;
}

const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Times one pass. CPU time is what the targets use: on a shared machine, wall-clock time
 * mostly measures the neighbours.
 */
export async function time(pass: () => void | Promise<void>): Promise<Timing> {
  const c0 = cpuNow();
  const t0 = performance.now();
  await pass();
  return { cpu: cpuNow() - c0, wall: performance.now() - t0 };
}

/** The median of some timings, by CPU time. */
export function median(xs: readonly Timing[]): Timing {
  const s = [...xs].sort((a, b) => a.cpu - b.cpu);
  return s[Math.floor(s.length / 2)] as Timing;
}

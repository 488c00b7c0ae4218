/** @module The demo data a generator gives: the shape the server's demo start writes (packages/server/src/demo/types.ts), and what it is asked for. */
export type { DemoBatch, DemoData, DemoDecision, DemoRecord, DemoUser } from '../../../packages/server/src/demo/types.js';

/** What the demo data generator is asked for. */
export interface DemoOptions {
  /** The day the data is relative to (`YYYY-MM-DD`, the company's business day). */
  readonly today: string;
  /** How many customers (300 unless told; tests use fewer). */
  readonly customers?: number;
  /** The seed of the pseudo-random draws (a fixed one unless told). */
  readonly seed?: number;
}

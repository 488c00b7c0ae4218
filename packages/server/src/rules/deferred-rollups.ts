/** @module Rollup refreshes put off during a bulk write, then made once per record, upstream records first. */
import type { Queryable } from '../db/port.js';
import { AppError } from '../http/app-error.js';
import { feeds, rollupGraph } from './rollup-graph.js';
import { MAX_CASCADE, reviseRecord } from './rollups.js';
import type { RollupSink } from './rollups.js';
import type { RuleWriter } from './run.js';

/** A write whose rollup refresh was put off. */
interface Deferred {
  readonly formId: string;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
}

/**
 * A rollup sink for bulk writes (the demo company's history): given as `rollups` to the writer,
 * it collects the refreshes the writes cause instead of making them one write at a time (a
 * customer rolled up again after each of its hundred payments), then `flush` makes them: each
 * record the writes' references point at is rolled up once, written if that changes it (scored,
 * its rules run), forms fed by others after them (receivables from payments before customers
 * from receivables). The result is what refreshing after every write would give, as a rollup
 * reads only the records as they are.
 *
 * @example
 * const sink = new DeferredRollups();
 * for (const row of rows) await createRecord(tx, form, 'payment', row, { ...writer, rollups: sink });
 * await sink.flush(tx, writer); // each receivable, then each customer, once
 */
export class DeferredRollups implements RollupSink {
  #pending: Deferred[] = [];

  defer(formId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null): void {
    this.#pending.push({ formId, before, after });
  }

  /** Makes the refreshes collected so far, and those they cause, as `by` (without a sink of its own). Returns how many records were rolled up. */
  async flush(tx: Queryable, by: RuleWriter): Promise<number> {
    const graph = await rollupGraph(tx, by.tenantId);
    const targets = new Map<string, Set<string>>();
    const writer: RuleWriter = { ...by, rollups: this };
    let done = 0;
    for (let round = 0; ; round++) {
      for (const { formId, before, after } of this.#pending.splice(0)) {
        for (const [target, sources] of graph) {
          for (const via of sources.get(formId) ?? []) {
            for (const id of [before?.[via], after?.[via]]) if (typeof id === 'string') targets.set(target, (targets.get(target) ?? new Set()).add(id));
          }
        }
      }
      if (targets.size === 0) return done;
      if (round > MAX_CASCADE * Math.max(1, graph.size)) throw tooDeep([...targets.keys()]);
      const waiting = [...targets.keys()];
      const ready = waiting.filter((f) => !waiting.some((g) => g !== f && feeds(graph, g, f)));
      for (const formId of ready.length > 0 ? ready : waiting) {
        const ids = targets.get(formId)!;
        targets.delete(formId);
        for (const id of ids) await reviseRecord(tx, formId, id, {}, writer);
        done += ids.size;
      }
    }
  }
}

function tooDeep(forms: readonly string[]): AppError {
  return new AppError('rollups.depth', 422, `Rollups kept updating each other (forms ${forms.join(', ')}): a rollup must not depend, through other rollups, on itself. Change the forms so the chain ends.`, {
    messageZh: `汇总字段相互更新无法终止（表单 ${forms.join('、')}）：汇总字段不能经由其他汇总间接依赖自身。请修改表单使链条终止。`,
  });
}

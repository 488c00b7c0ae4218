/** @module How a scorecard draft changes its policies' values (limits, terms) over the records it scores, counted for its impact. */
import { sameJson } from '@heng/engine';
import type { Policy, PolicyImpact } from '@heng/engine';

/** Policy id → value, as a score's result keeps its outputs; null for a record with no score. */
export type PolicyValues = Readonly<Record<string, unknown>> | null;

interface Tallied {
  changed: number;
  /** Added up in fen, whole numbers: exact however many records. */
  nowFen: number;
  draftFen: number;
}

const fen = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 100) : 0);

const isMoney = (p: Policy | undefined): boolean => p?.type === 'money';

/**
 * Counts, policy by policy, the records whose value the draft changes, and adds up a money
 * policy's values now and by the draft (what the policy would grant in all).
 *
 * @example
 * const tally = new PolicyTally(draft.policies ?? [], live?.policies ?? []);
 * tally.add({ policy_limit: 500_000 }, { policy_limit: 625_000 });
 * tally.result() // [{ id: 'policy_limit', name, type: 'money', dropped: false, changed: 1, total: { now: 500000, draft: 625000 } }]
 */
export class PolicyTally {
  readonly #byId = new Map<string, Tallied>();

  /** `draft`: the draft's policies; `live`: the published version's (none before a first publish). */
  constructor(
    private readonly draft: readonly Policy[],
    private readonly live: readonly Policy[],
  ) {}

  add(now: PolicyValues, draft: PolicyValues): void {
    for (const id of new Set([...Object.keys(now ?? {}), ...Object.keys(draft ?? {})])) {
      const [before, after] = [now?.[id] ?? null, draft?.[id] ?? null];
      const t = this.#byId.get(id) ?? { changed: 0, nowFen: 0, draftFen: 0 };
      if (!sameJson(before, after)) t.changed += 1;
      t.nowFen += fen(before);
      t.draftFen += fen(after);
      this.#byId.set(id, t);
    }
  }

  /** The policies whose value changes for a record at least: the draft's in its order, then those it drops. */
  result(): PolicyImpact[] {
    const drafted = new Map(this.draft.map((p) => [p.id, p]));
    const live = new Map(this.live.map((p) => [p.id, p]));
    const others = [...this.#byId.keys()].filter((id) => !drafted.has(id)).sort();
    return [...drafted.keys(), ...others].flatMap((id) => {
      const t = this.#byId.get(id);
      if (t === undefined || t.changed === 0) return [];
      const [d, l] = [drafted.get(id), live.get(id)];
      const p = d ?? l;
      // Summed where both sides are money (a new policy has no values now; a dropped one none by the draft).
      const summed = (d === undefined ? isMoney(l) : isMoney(d) && (l === undefined || isMoney(l)));
      return [{
        id, name: p?.name ?? null, type: p?.type ?? null, dropped: d === undefined && l !== undefined, changed: t.changed,
        total: summed ? { now: t.nowFen / 100, draft: t.draftFen / 100 } : null,
      }];
    });
  }
}

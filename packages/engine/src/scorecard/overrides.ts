/** @module Overrides compiled: conditions as closures, applied in order to cap, force or flag. */
import { withFacts, type FieldCatalog } from '../core/catalog.js';
import { compileCondition, conditionFacts } from '../condition/index.js';
import type { CompiledCondition, Facts } from '../condition/index.js';
import type { FiredOverride } from './result.js';
import type { GradeScale } from './grades.js';
import type { GradeBand, Override } from './types.js';

/** Shared by results in which nothing fired, so a quiet record allocates no arrays. */
export const NONE: readonly never[] = Object.freeze([]);

/** Where {@link CompiledOverrides.apply} leaves its answer, reused from record to record. */
export interface OverrideState {
  band: GradeBand;
  fired: readonly FiredOverride[];
  flags: readonly string[];
}

/** Overrides ready to run. */
export interface CompiledOverrides {
  /** The record fields the conditions read (`score` and `grade` left out). */
  readonly facts: readonly string[];
  /**
   * Runs the overrides in order on `facts` (the record's fields with `score` set), starting
   * from `state.band`; each condition sees the grade the overrides before it left.
   */
  apply(facts: Record<string, unknown>, state: OverrideState): void;
}

/**
 * Compiles overrides: a `cap` lowers the grade to the named one if it is better, a `force`
 * sets it, a `flag` adds a flag (once).
 *
 * @example
 * const o = compileOverrides([{ id: 'risk', when: { fact: 'lawsuit_pending', operator: 'equal', value: true }, action: { kind: 'cap', grade: 'D' } }], scale);
 */
export function compileOverrides(overrides: readonly Override[], scale: GradeScale): CompiledOverrides {
  const n = overrides.length;
  const tests: CompiledCondition[] = overrides.map((o) => compileCondition(o.when));
  const fired: FiredOverride[] = overrides.map((o) => Object.freeze({ id: o.id, action: o.action }));
  const targets = overrides.map((o) => (o.action.kind === 'flag' ? undefined : scale.byGrade(o.action.grade)));
  const ranks = targets.map((b) => (b === undefined ? -1 : scale.rank(b.grade)));
  const facts = [...new Set(overrides.flatMap((o) => conditionFacts(o.when)))].filter((f) => f !== 'score' && f !== 'grade');
  return {
    facts,
    apply(scratch, state) {
      let band = state.band;
      let hits: FiredOverride[] | undefined;
      let flags: string[] | undefined;
      for (let i = 0; i < n; i++) {
        scratch.grade = band.grade;
        if (!(tests[i] as (f: Facts) => boolean)(scratch)) continue;
        const o = overrides[i] as Override;
        (hits ??= []).push(fired[i] as FiredOverride);
        const a = o.action;
        if (a.kind === 'flag') {
          if (flags === undefined) flags = [a.flag];
          else if (!flags.includes(a.flag)) flags.push(a.flag);
        } else {
          const target = targets[i] as GradeBand;
          if (a.kind === 'force' || scale.rank(band.grade) > (ranks[i] as number)) band = target;
        }
      }
      state.band = band;
      state.fired = hits ?? NONE;
      state.flags = flags ?? NONE;
    },
  };
}

/**
 * The form's fields plus the scorecard's `score` (the rounded total) and `grade` (a choice of
 * its grade codes); these two shadow form fields of the same name. Approval flows that name
 * the scorecard offer them to their branch conditions alike.
 *
 * @example
 * scoreCatalog(formCatalog, ['AAA', 'AA', 'A', 'B']).get('grade') // { id: 'grade', type: 'single_select', kind: 'text', options: ['AAA', 'AA', ...] }
 */
export function scoreCatalog(catalog: FieldCatalog, grades: readonly string[]): FieldCatalog {
  return withFacts(catalog, [
    { id: 'score', type: 'number', kind: 'number' },
    { id: 'grade', type: 'single_select', kind: 'text', options: grades },
  ]);
}

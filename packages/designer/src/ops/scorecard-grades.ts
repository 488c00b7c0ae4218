/** @module Pure edits of grade bands, renaming a grade everywhere it is named, and the score axis they draw. */
import type { GradeBand, LocalizedText, Override, Policy, ScorecardDefinition } from '@heng/engine';
import { removeById, replaceById, uniqueId } from './ids.js';

/** An edit of one grade band: `max: null` leaves it without an upper bound. */
export interface GradePatch {
  readonly grade?: string;
  readonly label?: LocalizedText;
  readonly color?: string;
  readonly min?: number;
  readonly max?: number | null;
}

/**
 * Edits grade band `id`. A new grade code is carried into the overrides that cap at or force
 * it and into every policy's value for it, so renaming "B" to "BB" breaks nothing.
 *
 * @example
 * setGrade(def, 'b', { grade: 'BB', min: 65 }).policies[0].byGrade.BB // what byGrade.B was
 */
export function setGrade(def: ScorecardDefinition, id: string, patch: GradePatch): ScorecardDefinition {
  const before = def.grades.find((g) => g.id === id);
  if (before === undefined) return def;
  const grades = replaceById(def.grades, id, (g) => {
    const { max: _max, ...rest } = g;
    const max = patch.max === undefined ? g.max : patch.max;
    return {
      ...rest,
      ...(patch.grade === undefined ? {} : { grade: patch.grade }),
      ...(patch.label === undefined ? {} : { label: patch.label }),
      ...(patch.color === undefined ? {} : { color: patch.color }),
      ...(patch.min === undefined ? {} : { min: patch.min }),
      ...(max === null || max === undefined ? {} : { max }),
    };
  });
  const next = { ...def, grades };
  const renamed = patch.grade !== undefined && patch.grade !== before.grade && !def.grades.some((g) => g.id !== id && g.grade === before.grade);
  return renamed ? renameGrade(next, before.grade, patch.grade as string) : next;
}

function renameGrade(def: ScorecardDefinition, from: string, to: string): ScorecardDefinition {
  const overrides = def.overrides?.map((o): Override => (o.action.kind !== 'flag' && o.action.grade === from ? { ...o, action: { ...o.action, grade: to } } : o));
  const policies = def.policies?.map((p): Policy => {
    if (!Object.hasOwn(p.byGrade, from) || Object.hasOwn(p.byGrade, to)) return p;
    return { ...p, byGrade: Object.fromEntries(Object.entries(p.byGrade).map(([g, v]) => [g === from ? to : g, v])) };
  });
  return { ...def, ...(overrides === undefined ? {} : { overrides }), ...(policies === undefined ? {} : { policies }) };
}

/**
 * Adds a grade band above the highest one, starting where it ends, and returns its id.
 *
 * @example
 * addGrade(def, 'E', { 'zh-CN': '新等级', en: 'New grade' }) // { def, id: 'grade_1' }
 */
export function addGrade(def: ScorecardDefinition, code: string, label: LocalizedText): { def: ScorecardDefinition; id: string } {
  const id = uniqueId('grade', def.grades.map((g) => g.id));
  const top = Math.max(0, ...def.grades.map((g) => g.max ?? g.min));
  const step = 10 ** -def.precision;
  const grade: GradeBand = { id, grade: code, label, color: '#8c8c8c', min: Number((top + step).toFixed(def.precision)) };
  return { def: { ...def, grades: [...def.grades, grade] }, id };
}

/**
 * Removes grade band `id` (policies keep their values for it until edited: validation names them).
 *
 * @example
 * removeGrade(def, 'd')
 */
export function removeGrade(def: ScorecardDefinition, id: string): ScorecardDefinition {
  const grades = removeById(def.grades, id);
  return grades === def.grades ? def : { ...def, grades };
}

/** One grade band placed on the score axis, as fractions of its width. */
export interface AxisSegment {
  readonly id: string;
  readonly grade: string;
  readonly color: string;
  readonly from: number;
  readonly to: number;
}

/** The grades laid out left (low) to right (high) over `lo`–`hi`. */
export interface GradeAxis {
  readonly lo: number;
  readonly hi: number;
  readonly segments: readonly AxisSegment[];
  /** Where a total sits on the axis (0–1, clamped), for the preview's marker. */
  at(total: number): number;
}

/**
 * The score axis of a card: from the lowest min to the highest max (an open top band is drawn
 * one band-width wide), each grade a segment reaching to where the next total at `precision`
 * starts, so C 50–69.9 and B 70–84.9 meet on the axis as they do in scoring.
 *
 * @example
 * gradeAxis(def.grades, 1).segments // [{ grade: 'D', from: 0, to: 0.5 }, { grade: 'C', from: 0.5, to: 0.7 }, ...]
 */
export function gradeAxis(grades: readonly GradeBand[], precision: number): GradeAxis {
  const step = 10 ** -precision;
  const sorted = [...grades].sort((a, b) => a.min - b.min);
  const finite = sorted.flatMap((g) => (g.max === undefined ? [g.min] : [g.min, g.max]));
  const lo = finite.length === 0 ? 0 : Math.min(...finite);
  let hi = finite.length === 0 ? 100 : Math.max(...finite);
  const open = sorted.find((g) => g.max === undefined);
  if (open !== undefined) hi = Math.max(hi, open.min + Math.max(1, (hi - lo) / Math.max(1, sorted.length)));
  const width = hi - lo || 1;
  const place = (v: number) => Math.min(1, Math.max(0, (v - lo) / width));
  return {
    lo,
    hi,
    segments: sorted.map((g) => ({ id: g.id, grade: g.grade, color: g.color, from: place(g.min), to: place(g.max === undefined ? hi : g.max + step) })),
    at: place,
  };
}

/** @module Pure edits of a factor's method: its kind and field, bands, lookup points, linear scale, formula. */
import type { BandsMethod, Condition, ConditionBand, FactorMethod, FactorMethodKind, FieldInfo, LookupMethod, RangeBand, ScorecardDefinition } from '@heng/engine';
import { patchFactor } from './scorecard-factors.js';
import { removeById, replaceById, uniqueId } from './ids.js';
import { nextRange } from './range-band-next.js';

type MethodOf<K extends FactorMethodKind> = Extract<FactorMethod, { kind: K }>;

/**
 * A fresh method of `kind` over `field`: one band, a lookup row per option of a select or
 * both answers of a yes/no field, a 0–100 scale, or a formula.
 *
 * @example
 * defaultMethod('lookup', { id: 'lawsuits_pending', type: 'boolean', kind: 'boolean' })
 * // { kind: 'lookup', field: 'lawsuits_pending', entries: [{ value: true, points: 0 }, { value: false, points: 0 }] }
 */
export function defaultMethod(kind: FactorMethodKind, field?: FieldInfo): FactorMethod {
  const id = field?.id ?? '';
  switch (kind) {
    case 'bands':
      return { kind, ...(field === undefined ? {} : { field: id }), bands: [{ id: 'band_1', points: 0 }] };
    case 'lookup': {
      const values: ReadonlyArray<string | boolean> = field?.kind === 'boolean' ? [true, false] : (field?.options ?? ['']);
      return { kind, field: id, entries: values.map((value) => ({ value, points: 0 })) };
    }
    case 'linear':
      return { kind, field: id, from: { value: 0, points: 0 }, to: { value: 100, points: 100 } };
    case 'formula':
      return { kind, formula: field === undefined ? '0' : id, min: 0, max: 100 };
  }
}

/**
 * Switches factor `id` to another method kind, keeping the field it reads.
 *
 * @example
 * setMethodKind(def, 'debt', 'linear', catalog.get('debt_ratio')).factors[0].method.kind // 'linear'
 */
export function setMethodKind(def: ScorecardDefinition, id: string, kind: FactorMethodKind, field?: FieldInfo): ScorecardDefinition {
  return patchFactor(def, id, (f) => (f.method.kind === kind ? f : { ...f, method: defaultMethod(kind, field) }));
}

/**
 * Points factor `id` at another field. A lookup starts over with the new field's values,
 * since the old values mean nothing for it; ranges and scales are kept for the admin to adjust.
 *
 * @example
 * setMethodField(def, 'industry', catalog.get('region')!)
 */
export function setMethodField(def: ScorecardDefinition, id: string, field: FieldInfo): ScorecardDefinition {
  return patchFactor(def, id, (f) => {
    const m = f.method;
    if (m.kind === 'formula' || m.field === field.id) return f;
    if (m.kind === 'lookup') return { ...f, method: defaultMethod('lookup', field) };
    const { unit: _unit, ...rest } = m;
    return { ...f, method: { ...rest, field: field.id, ...(field.kind === 'date' && m.unit !== undefined ? { unit: m.unit } : {}) } };
  });
}

/**
 * Applies `update` to factor `id`'s method when it is of `kind`.
 *
 * @example
 * patchMethod(def, 'coop', 'linear', (m) => ({ ...m, to: { value: 20, points: 100 } }))
 */
export function patchMethod<K extends FactorMethodKind>(def: ScorecardDefinition, id: string, kind: K, update: (m: MethodOf<K>) => MethodOf<K>): ScorecardDefinition {
  return patchFactor(def, id, (f) => (f.method.kind === kind ? { ...f, method: update(f.method as MethodOf<K>) } : f));
}

/**
 * Appends a band to factor `id`: a range where the ranges leave values unscored, or the top part of
 * the range open above (which keeps the points of the part it leaves), so it starts valid (see
 * {@link nextRange}); or an empty "all of" condition for condition bands.
 *
 * @example
 * addBand(def, 'debt') // { def, id: 'band_1' }: 'over' (70% and up) becomes 70%–90%, band_1 is 90% and up
 */
export function addBand(def: ScorecardDefinition, id: string): { def: ScorecardDefinition; id: string } {
  let bandId = '';
  const next = patchMethod(def, id, 'bands', (m) => {
    bandId = uniqueId('band', m.bands.map((b) => b.id));
    const last = m.bands[m.bands.length - 1];
    if (last !== undefined && 'when' in last) return { ...m, bands: [...(m.bands as readonly ConditionBand[]), { id: bandId, when: { all: [] }, points: 0 }] };
    const ranges = m.bands as readonly RangeBand[];
    const { split, ...bounds } = nextRange(ranges);
    const from = ranges.find((b) => b.id === split?.id);
    const band: RangeBand = { id: bandId, ...bounds, points: from?.points ?? 0 };
    return { ...m, bands: [...ranges.map((b) => (b === from && split !== undefined ? { ...b, max: split.max } : b)), band] };
  });
  return { def: next, id: bandId };
}

/**
 * Removes band `bandId` of factor `id`.
 *
 * @example
 * removeBand(def, 'debt', 'over')
 */
export function removeBand(def: ScorecardDefinition, id: string, bandId: string): ScorecardDefinition {
  return patchMethod(def, id, 'bands', (m) => ({ ...m, bands: removeById<RangeBand | ConditionBand>(m.bands, bandId) as BandsMethod['bands'] }));
}

/** An edit of one band: `null` clears a bound (the range is then open on that side). */
export interface BandPatch {
  readonly min?: number | null;
  readonly max?: number | null;
  readonly points?: number;
  readonly when?: Condition;
}

/**
 * Edits band `bandId` of factor `id`.
 *
 * @example
 * setBand(def, 'debt', 'mid', { max: 0.55 })   // 30%–55%
 * setBand(def, 'debt', 'low', { min: null })   // open below
 */
export function setBand(def: ScorecardDefinition, id: string, bandId: string, patch: BandPatch): ScorecardDefinition {
  return patchMethod(def, id, 'bands', (m) => ({
    ...m,
    bands: replaceById<RangeBand | ConditionBand>(m.bands, bandId, (b) => {
      let next: Record<string, unknown> = { ...b };
      for (const key of ['min', 'max'] as const) {
        const v = patch[key];
        if (v === null) {
          const { [key]: _drop, ...rest } = next;
          next = rest;
        } else if (v !== undefined) next[key] = v;
      }
      if (patch.points !== undefined) next.points = patch.points;
      if (patch.when !== undefined && 'when' in b) next.when = patch.when;
      return next as unknown as RangeBand | ConditionBand;
    }) as BandsMethod['bands'],
  }));
}

/**
 * Sets the points of `value` in factor `id`'s lookup table; `undefined` removes the row, so
 * the value falls to `otherwise`.
 *
 * @example
 * setLookupPoints(def, 'industry', 'steel', 40)
 */
export function setLookupPoints(def: ScorecardDefinition, id: string, value: LookupMethod['entries'][number]['value'], points: number | undefined): ScorecardDefinition {
  return patchMethod(def, id, 'lookup', (m) => {
    const at = m.entries.findIndex((e) => e.value === value);
    if (points === undefined) return at < 0 ? m : { ...m, entries: m.entries.filter((_, i) => i !== at) };
    const entries = at < 0 ? [...m.entries, { value, points }] : m.entries.map((e, i) => (i === at ? { ...e, points } : e));
    return { ...m, entries };
  });
}

/**
 * Sets (or with `undefined` removes) the points for values the lookup table does not list.
 *
 * @example
 * setOtherwise(def, 'industry', 60)
 */
export function setOtherwise(def: ScorecardDefinition, id: string, points: number | undefined): ScorecardDefinition {
  return patchMethod(def, id, 'lookup', (m) => {
    const { otherwise: _old, ...rest } = m;
    return points === undefined ? rest : { ...rest, otherwise: points };
  });
}

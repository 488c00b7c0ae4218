import { formCatalog, validateScorecard } from '@heng/engine';
import type { BandsMethod, FieldInfo, ScorecardDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { creditScorecard as card, customerCreditProfile, sampleContext } from '../samples/index.js';
import { addBand, defaultMethod, patchMethod, removeBand, setBand, setLookupPoints, setMethodField, setMethodKind, setOtherwise } from './scorecard-methods.js';

const catalog = formCatalog(customerCreditProfile);
const field = (id: string) => catalog.get(id) as FieldInfo;
const method = (d: ScorecardDefinition, id: string) => d.factors.find((f) => f.id === id)?.method;
const bands = (d: ScorecardDefinition, id: string) => (method(d, id) as BandsMethod).bands;
const codes = (d: ScorecardDefinition) => validateScorecard(d, sampleContext()).map((p) => `${p.path} ${p.code}`);

describe('defaultMethod / setMethodKind', () => {
  it('starts a lookup with a row per option or per yes/no answer', () => {
    expect(defaultMethod('lookup', field('region'))).toEqual({ kind: 'lookup', field: 'region', entries: ['east', 'south', 'north', 'central', 'west'].map((value) => ({ value, points: 0 })) });
    expect(defaultMethod('lookup', field('lawsuits_pending'))).toMatchObject({ entries: [{ value: true }, { value: false }] });
  });

  it('switches kind, keeping the field, and leaves a valid method', () => {
    const def = setMethodKind(card, 'debt', 'linear', field('debt_ratio'));
    expect(method(def, 'debt')).toEqual({ kind: 'linear', field: 'debt_ratio', from: { value: 0, points: 0 }, to: { value: 100, points: 100 } });
    expect(codes(def)).toEqual([]);
    expect(setMethodKind(card, 'debt', 'bands')).toBe(card);
  });
});

describe('setMethodField', () => {
  it('restarts a lookup for the new field and keeps ranges', () => {
    expect(method(setMethodField(card, 'industry', field('region')), 'industry')).toMatchObject({ kind: 'lookup', field: 'region', entries: [{ value: 'east', points: 0 }, { value: 'south' }, { value: 'north' }, { value: 'central' }, { value: 'west' }] });
    const moved = setMethodField(card, 'payment', field('late_payments'));
    expect(method(moved, 'payment')).toMatchObject({ kind: 'bands', field: 'late_payments', bands: bands(card, 'payment') });
  });
});

describe('bands', () => {
  it('adds a band where the last closed band ends', () => {
    const closed = setBand(card, 'debt', 'over', { max: 0.9 });
    const { def, id } = addBand(closed, 'debt');
    expect(id).toBe('band_1');
    expect(bands(def, 'debt').at(-1)).toEqual({ id: 'band_1', min: 0.9, points: 0 });
    expect(codes(def)).toEqual([]);
  });

  it('splits the band open above, keeping its points, so every added band starts valid', () => {
    const { def } = addBand(card, 'debt');
    expect(bands(def, 'debt').slice(-2)).toEqual([{ id: 'over', min: 0.7, max: 0.9, points: 0 }, { id: 'band_1', min: 0.9, points: 0 }]);
    expect(codes(def)).toEqual([]);
    const third = addBand(addBand(def, 'debt').def, 'debt').def;
    expect(codes(third)).toEqual([]);
  });

  it('adds below the lowest band when the bands run from the top down', () => {
    const down = patchMethod(card, 'debt', 'bands', (m) => ({ ...m, bands: [{ id: 'top', min: 0.95, points: 100 }, { id: 'good', min: 0.9, max: 0.95, points: 80 }] }));
    const { def } = addBand(down, 'debt');
    expect(bands(def, 'debt').at(-1)).toEqual({ id: 'band_1', max: 0.9, points: 0 });
    expect(codes(def)).toEqual([]);
  });

  it('splits a single open band at 0', () => {
    const open = patchMethod(card, 'debt', 'bands', (m) => ({ ...m, bands: [{ id: 'band_1', points: 50 }] }));
    expect(bands(addBand(open, 'debt').def, 'debt')).toEqual([{ id: 'band_1', max: 0, points: 50 }, { id: 'band_2', min: 0, points: 50 }]);
  });

  it('flags the gap and overlap an edit opens, on the band', () => {
    expect(codes(setBand(card, 'debt', 'mid', { max: 0.45 }))).toEqual(['/factors/1/method/bands/2/min scorecard.bands.gap']);
    expect(codes(setBand(card, 'debt', 'mid', { max: 0.55 }))).toEqual(['/factors/1/method/bands/2/min scorecard.bands.overlap']);
  });

  it('clears a bound with null and sets points', () => {
    const def = setBand(card, 'debt', 'mid', { min: null, points: 65 });
    expect(bands(def, 'debt')[1]).toEqual({ id: 'mid', max: 0.5, points: 65 });
  });

  it('removes a band by id', () => {
    expect(bands(removeBand(card, 'debt', 'mid'), 'debt').map((b) => b.id)).toEqual(['low', 'high', 'over']);
  });

  it('adds and edits condition bands', () => {
    const conditional = patchMethod(card, 'debt', 'bands', (m) => ({ ...m, bands: [{ id: 'risky', when: { fact: 'lawsuits_pending', operator: 'equal', value: true }, points: 0 }] }));
    const { def } = addBand(conditional, 'debt');
    expect(bands(def, 'debt')[1]).toEqual({ id: 'band_1', when: { all: [] }, points: 0 });
    const edited = setBand(def, 'debt', 'band_1', { when: { fact: 'industry', operator: 'equal', value: 'steel' }, points: 40 });
    expect(bands(edited, 'debt')[1]).toEqual({ id: 'band_1', when: { fact: 'industry', operator: 'equal', value: 'steel' }, points: 40 });
  });

  it('does nothing to a factor of another method', () => {
    expect(setBand(card, 'lawsuits', 'low', { points: 1 })).toBe(card);
    expect(addBand(card, 'lawsuits').def).toBe(card);
  });
});

describe('lookup points', () => {
  it('sets, adds and removes rows by value, and the otherwise points', () => {
    const lookup = (d: ScorecardDefinition) => method(d, 'industry');
    expect(lookup(setLookupPoints(card, 'industry', 'steel', 30))).toMatchObject({ entries: expect.arrayContaining([{ value: 'steel', points: 30 }]) });
    const removed = setLookupPoints(card, 'industry', 'steel', undefined);
    expect(lookup(removed)).toMatchObject({ entries: expect.not.arrayContaining([expect.objectContaining({ value: 'steel' })]) });
    expect(lookup(setLookupPoints(removed, 'industry', 'steel', 45))).toMatchObject({ entries: expect.arrayContaining([{ value: 'steel', points: 45 }]) });
    expect(lookup(setOtherwise(card, 'industry', undefined))).not.toHaveProperty('otherwise');
    expect(lookup(setOtherwise(card, 'industry', 55))).toMatchObject({ otherwise: 55 });
  });

  it('reports points with too many decimals on the row', () => {
    expect(codes(setLookupPoints(card, 'industry', 'steel', 40.555))).toEqual(['/factors/3/method/entries/4/points scorecard.points.decimals']);
  });
});

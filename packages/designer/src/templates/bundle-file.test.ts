import { describe, expect, it } from 'vitest';
import { definitionCount, problemPlace, readBundleFile } from './bundle-file.js';

const file = {
  format: 'heng.bundle/1',
  definitions: [{ kind: 'form', id: 'customer' }, { kind: 'scorecard', id: 'credit_score' }, 'not a definition'],
  seed: { customer: [{ values: {} }, { values: { region: 'mars' } }] },
};

describe('a picked bundle file', () => {
  it('is read as JSON, or says why it is not', () => {
    expect(readBundleFile(JSON.stringify(file))).toEqual({ ok: true, bundle: file });
    const bad = readBundleFile('id,name\n1,闽江');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.detail).toMatch(/JSON|token/);
    expect(readBundleFile('').ok).toBe(false);
  });

  it('counts its definitions', () => {
    expect(definitionCount(file)).toBe(3);
    expect(definitionCount({ definitions: 'x' })).toBe(0);
    expect(definitionCount(null)).toBe(0);
  });
});

describe('where a problem of the dry run is', () => {
  it('names the definition a path points into', () => {
    expect(problemPlace(file, '/bundle/definitions/1/grades/0/min')).toEqual({ kind: 'definition', defKind: 'scorecard', id: 'credit_score' });
    expect(problemPlace(file, '/bundle/definitions/0')).toEqual({ kind: 'definition', defKind: 'form', id: 'customer' });
  });

  it('names the seed record (counted from 1) and its form', () => {
    expect(problemPlace(file, '/bundle/seed/customer/1/values/region')).toEqual({ kind: 'seed', form: 'customer', row: 2 });
  });

  it('names nothing for the bundle itself, an unreadable entry or a path outside the file', () => {
    expect(problemPlace(file, '/bundle/format')).toBeUndefined();
    expect(problemPlace(file, '/bundle/definitions/2/id')).toBeUndefined();
    expect(problemPlace(file, '/bundle/definitions/9/id')).toBeUndefined();
    expect(problemPlace(file, '/bundle/seed/customer')).toBeUndefined();
    expect(problemPlace(file, '/resolutions/form:x')).toBeUndefined();
    expect(problemPlace('oops', '/bundle/definitions/0/id')).toBeUndefined();
  });
});

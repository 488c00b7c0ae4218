import { fileURLToPath } from 'node:url';
import { validateBundle } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { templatesIn } from './templates.js';

const examples = fileURLToPath(new URL('../../../../examples/', import.meta.url));

describe('the template gallery', () => {
  it('reads every template shipped in examples/, each a valid bundle', () => {
    const gallery = templatesIn(examples);
    const ids = gallery.list().map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['credit_management']));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const id of ids) expect(validateBundle(gallery.get(id), { today: '2026-11-22' }), id).toEqual([]);
    expect(gallery.list().find((t) => t.id === 'credit_management')?.definitions).toMatchObject({ form: 5, scorecard: 1, flow: 2 });
  });

  it('is empty for a folder that does not exist', () => {
    expect(templatesIn('/no/such/folder').list()).toEqual([]);
  });
});

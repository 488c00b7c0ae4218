import { describe, expect, it } from 'vitest';
import { manualClock } from '../test-support/manual-clock.js';
import { errorFields, jsonLogger } from './logger.js';

describe('jsonLogger', () => {
  it('writes one JSON line per entry at or above its level', () => {
    const lines: string[] = [];
    const logger = jsonLogger({ write: (l) => lines.push(l), level: 'warn', clock: manualClock('2025-03-04T05:06:07.000Z') });
    logger.log('info', 'dropped');
    logger.log('warn', 'kept', { a: 1 });
    expect(lines).toEqual(['{"time":"2025-03-04T05:06:07.000Z","level":"warn","msg":"kept","a":1}']);
  });

  it('keeps an error’s message, stack and cause', () => {
    const fields = errorFields(new Error('outer', { cause: new TypeError('inner') }));
    expect(fields).toMatchObject({ error: 'outer', errorName: 'Error', cause: { error: 'inner', errorName: 'TypeError' } });
    expect(String(fields.stack)).toMatch(/outer/);
    expect(errorFields('plain')).toEqual({ error: 'plain' });
  });
});

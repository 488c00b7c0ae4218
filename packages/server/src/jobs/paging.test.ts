import { describe, expect, it } from 'vitest';
import { AppError } from '../http/app-error.js';
import { decodeCursor, encodeCursor, pageOf, pageQuery } from './paging.js';

describe('paging', () => {
  it('round-trips a cursor and refuses strings it did not make', () => {
    const cursor = { at: '2025-03-01T08:00:00.000Z', id: 'a/b"c' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    for (const text of ['', 'zzz', Buffer.from('["x","y"]').toString('base64url'), Buffer.from('{"at":1}').toString('base64url')]) expect(decodeCursor(text)).toBeUndefined();
  });

  it('reads a limit from 1 to the maximum, the fallback when absent', () => {
    expect(pageQuery(undefined, undefined)).toEqual({ limit: 50, cursor: undefined });
    expect(pageQuery('200', undefined).limit).toBe(200);
    for (const bad of ['0', '201', '1.5', '-1', 'ten', '', ' 5']) {
      const error: unknown = (() => {
        try {
          return pageQuery(bad, undefined);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).problems.map((p) => p.path)).toEqual(['/query/limit']);
    }
  });

  it('cuts a page from limit + 1 rows and points past its last item', () => {
    const rows = [1, 2, 3].map((n) => ({ id: String(n), at: `2025-01-0${n}T00:00:00.000Z` }));
    const page = pageOf(rows, 2, (r) => ({ at: r.at, id: r.id }));
    expect(page.items).toEqual(rows.slice(0, 2));
    expect(decodeCursor(page.nextCursor!)).toEqual({ at: rows[1]!.at, id: '2' });
    expect(pageOf(rows.slice(0, 2), 2, (r) => ({ at: r.at, id: r.id })).nextCursor).toBeNull();
  });
});

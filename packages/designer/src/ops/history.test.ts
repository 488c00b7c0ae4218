import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, COALESCE_MS, commit, HISTORY_LIMIT, historyOf, redo, undo } from './history.js';

describe('history', () => {
  it('undoes and redoes edits in order', () => {
    let h = historyOf('a');
    h = commit(h, 'b', { key: 'x', at: 0 });
    h = commit(h, 'c', { key: 'y', at: 10 });
    expect([canUndo(h), canRedo(h)]).toEqual([true, false]);
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });

  it('folds rapid edits of one field into one step', () => {
    let h = historyOf(0);
    h = commit(h, 4, { key: 'weight:debt', at: 1000 });
    h = commit(h, 42, { key: 'weight:debt', at: 1000 + COALESCE_MS / 2 });
    h = commit(h, 42.5, { key: 'weight:debt', at: 1000 + COALESCE_MS });
    expect(h.past).toEqual([0]);
    expect(undo(h).present).toBe(0);
  });

  it('does not fold other fields, slow edits, keyless edits or edits after an undo', () => {
    let h = historyOf(0);
    h = commit(h, 1, { key: 'a', at: 0 });
    h = commit(h, 2, { key: 'b', at: 1 });
    h = commit(h, 3, { key: 'b', at: 2 + COALESCE_MS });
    h = commit(h, 4, { at: 3 + COALESCE_MS });
    h = commit(h, 5, { at: 4 + COALESCE_MS });
    expect(h.past).toEqual([0, 1, 2, 3, 4]);
    h = commit(undo(h), 6, { key: 'b', at: 5 + COALESCE_MS });
    expect(h.past).toEqual([0, 1, 2, 3, 4]);
  });

  it('ignores no-op edits and clears redo on a new edit', () => {
    let h = commit(historyOf('a'), 'b', { at: 0 });
    expect(commit(h, h.present, { at: 1 })).toBe(h);
    h = commit(undo(h), 'c', { at: 2 });
    expect([h.present, canRedo(h)]).toEqual(['c', false]);
  });

  it('keeps a bounded number of steps', () => {
    let h = historyOf(0);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = commit(h, i, { at: i * 10 * COALESCE_MS });
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(10);
  });
});

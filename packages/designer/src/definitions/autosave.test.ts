import { describe, expect, it } from 'vitest';
import { autosave, hasUnsaved, initialAutosave } from './autosave.js';
import type { AutosaveEvent, AutosaveState } from './autosave.js';

type Def = { readonly w: number };

const run = (events: ReadonlyArray<AutosaveEvent<Def>>, from: AutosaveState<Def> = initialAutosave(3)) => events.reduce(autosave, from);
const edit = (w: number): AutosaveEvent<Def> => ({ type: 'edit', def: { w } });
const send: AutosaveEvent<Def> = { type: 'send' };

describe('autosave', () => {
  it('waits, sends the latest edit with the loaded revision, then takes the new revision', () => {
    const waiting = run([edit(1), edit(2)]);
    expect(waiting).toEqual({ phase: 'waiting', revision: 3, pending: { w: 2 } });
    const saving = run([send], waiting);
    expect(saving).toEqual({ phase: 'saving', revision: 3, sending: { w: 2 } });
    expect(run([{ type: 'saved', revision: 4 }], saving)).toEqual({ phase: 'saved', revision: 4 });
    expect(hasUnsaved(saving)).toBe(true);
    expect(hasUnsaved(run([{ type: 'saved', revision: 4 }], saving))).toBe(false);
  });

  it('keeps one save in flight: an edit made meanwhile waits for it, then goes with the new revision', () => {
    const s = run([edit(1), send, edit(2), send]);
    expect(s).toEqual({ phase: 'saving', revision: 3, sending: { w: 1 }, pending: { w: 2 } });
    const after = run([{ type: 'saved', revision: 4 }], s);
    expect(after).toEqual({ phase: 'waiting', revision: 4, pending: { w: 2 } });
    expect(run([send], after)).toEqual({ phase: 'saving', revision: 4, sending: { w: 2 } });
  });

  it('sends nothing when nothing changed', () => {
    const s = initialAutosave<Def>(3);
    expect(autosave(s, send)).toBe(s);
  });

  it('stops at a conflict: edits are kept but never sent until the draft is reloaded', () => {
    const error = new Error('409');
    const conflict = run([edit(1), send, { type: 'conflict', error }]);
    expect(conflict).toEqual({ phase: 'conflict', revision: 3, pending: { w: 1 }, error });
    const edited = run([edit(2), send], conflict);
    expect(edited).toMatchObject({ phase: 'conflict', pending: { w: 2 } });
    expect(edited.sending).toBeUndefined();
    expect(run([{ type: 'failed', error: new Error('late') }], edited)).toBe(edited);
    expect(run([{ type: 'reloaded', revision: 7 }], edited)).toEqual({ phase: 'saved', revision: 7 });
  });

  it('keeps a failed edit to send again on retry or with the next edit', () => {
    const error = new Error('offline');
    const failed = run([edit(1), send, { type: 'failed', error }]);
    expect(failed).toEqual({ phase: 'failed', revision: 3, pending: { w: 1 }, error });
    expect(run([send], failed)).toEqual({ phase: 'saving', revision: 3, sending: { w: 1 } });
    expect(run([edit(2)], failed)).toMatchObject({ phase: 'waiting', pending: { w: 2 } });
  });

  it('keeps a newer edit over the failed one', () => {
    const s = run([edit(1), send, edit(2), { type: 'failed', error: 'x' }]);
    expect(s.pending).toEqual({ w: 2 });
  });
});

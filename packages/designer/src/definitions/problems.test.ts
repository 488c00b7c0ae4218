import { describe, expect, it } from 'vitest';
import { withServerProblems } from './problems.js';

const p = (path: string, code: string) => ({ path, code, message: code, messageZh: code });

describe('editor problems with the server’s', () => {
  it('adds only what the editor did not find, and keeps its list when nothing is added', () => {
    const local = [p('/factors', 'weights.sum')];
    expect(withServerProblems(local, [])).toBe(local);
    expect(withServerProblems(local, [p('/factors', 'weights.sum')])).toBe(local);
    expect(withServerProblems(local, [p('/factors', 'weights.sum'), p('/form', 'unknown_form')])).toEqual([p('/factors', 'weights.sum'), p('/form', 'unknown_form')]);
  });
});

/** @module The problems an editor shows: its own, found in the browser as it edits, plus what only the server knew. */
import type { Problem } from '@heng/engine';

/**
 * The editor's problems and, after them, the server's that it did not find itself (same
 * path and code), e.g. a role deleted or a form republished since the page was opened.
 *
 * @example
 * withServerProblems(local, server).length >= local.length // true
 */
export function withServerProblems(local: readonly Problem[], server: readonly Problem[]): readonly Problem[] {
  if (server.length === 0) return local;
  const known = new Set(local.map((p) => `${p.path} ${p.code}`));
  const extra = server.filter((p) => !known.has(`${p.path} ${p.code}`));
  return extra.length === 0 ? local : [...local, ...extra];
}

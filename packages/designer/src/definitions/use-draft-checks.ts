/** @module What the server says of each saved revision of a draft: its problems, and how many changes it has since the live version. */
import type { DefinitionKind, Problem } from '@heng/engine';
import { useEffect, useState } from 'react';
import { api } from '../api/client.js';

/** The server's word on one revision. */
export interface DraftChecks {
  /** The revision checked; undefined before the first answer. */
  readonly revision?: number;
  readonly problems: readonly Problem[];
  /** Changes since the latest version; undefined while nothing is published or not known yet. */
  readonly changes?: number;
}

const NONE: DraftChecks = { problems: [] };

/**
 * Validates the draft on the server, and diffs it against the latest version, each time a
 * revision is saved (`revision` undefined: edits are on their way, nothing is asked) or a
 * version is published.
 *
 * @example
 * const checks = useDraftChecks('scorecard', id, saving.state.phase === 'saved' ? saving.state.revision : undefined, latest);
 */
export function useDraftChecks(kind: DefinitionKind, id: string, revision: number | undefined, latestVersion: number | null): DraftChecks {
  const [checks, setChecks] = useState<DraftChecks>(NONE);
  useEffect(() => {
    if (revision === undefined) return;
    let live = true;
    Promise.all([api.validate(kind, id), latestVersion === null ? undefined : api.diff(kind, id)]).then(
      ([v, d]) => live && setChecks({ revision: v.revision, problems: v.problems, ...(d === undefined ? {} : { changes: d.changes.length }) }),
      // A check that fails leaves the last answer: the editor's own problems still show, and publishing checks again.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [kind, id, revision, latestVersion]);
  return checks;
}

/** @module The form designer's state: the form under undo/redo, its problems, and every change reported to the page. */
import { emptyContext, validateForm } from '@heng/engine';
import type { FormDefinition, Problem, ReferenceContext } from '@heng/engine';
import { useMemo } from 'react';
import { useReportChanges } from '../definitions/use-report-changes.js';
import { mergeProblems } from '../ops/problems.js';
import { useHistory } from '../ops/use-history.js';
import type { HistoryState } from '../ops/use-history.js';
import type { DesignerRole } from './designer-context.js';

/** The form under edit and its problems. */
export interface FormDesignerState extends HistoryState<FormDefinition> {
  readonly problems: readonly Problem[];
}

/** Problems about other forms, which only a context with the company's forms can find. */
const ABOUT_OTHER_FORMS = new Set(['field.target.unknown']);

/**
 * Holds a form being designed. Problems are the engine's `validateForm` of the present form
 * merged with `fromServer`. Against `company` (the server's context) the browser finds what the
 * server finds; without it, against the roles alone, references to other forms are left to the
 * server. `onChange` hears every change (undo and redo too), not the initial form.
 *
 * @example
 * const { present, problems, apply } = useFormDesigner(draft, serverProblems, roles, autosave);
 * apply((d) => setRequired(d, { id: 'company_name' }, true));
 */
export function useFormDesigner(
  initial: FormDefinition,
  fromServer: readonly Problem[],
  roles: readonly DesignerRole[],
  onChange: (next: FormDefinition) => void,
  company?: ReferenceContext,
): FormDesignerState {
  const history = useHistory(initial);
  const { present } = history;
  const ctx = useMemo(() => company ?? { ...emptyContext(), roles: new Set(roles.map((r) => r.id)) }, [company, roles]);
  const local = useMemo(() => {
    const found = validateForm(present, ctx);
    return company === undefined ? found.filter((p) => !ABOUT_OTHER_FORMS.has(p.code)) : found;
  }, [present, ctx, company]);
  const problems = useMemo(() => mergeProblems(local, fromServer), [local, fromServer]);
  useReportChanges(present, onChange);
  return { ...history, problems };
}

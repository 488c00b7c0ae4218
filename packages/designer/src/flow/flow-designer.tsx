/** @module The flow designer: toolbar, the tree, the route simulator beside it, and the panel of the selected node. */
import { emptyContext, formCatalog } from '@heng/engine';
import type { FlowDefinition, FlowRecord, FormDefinition, Problem } from '@heng/engine';
import { useMemo, useState } from 'react';
import { withServerProblems } from '../definitions/problems.js';
import { useReportChanges } from '../definitions/use-report-changes.js';
import { useLang } from '../i18n/use-lang.js';
import { problemsById } from '../ops/flow-tree.js';
import { gradesOf } from './describe.js';
import { FlowContext } from './flow-context.js';
import type { FlowContextValue } from './flow-context.js';
import { FlowToolbar } from './flow-toolbar.js';
import { FlowTree } from './lane.js';
import { NodePanel } from './node-panel.js';
import { SAMPLE_APPLICATION, SimulatorPanel, routeOf } from './simulator-panel.js';
import { useFlowEditor } from './use-flow-editor.js';
import './flow.css';

export interface FlowDesignerProps {
  readonly initial: FlowDefinition;
  readonly form: FormDefinition;
  readonly roles: readonly string[];
  /** Every edit, for the page to save. */
  readonly onChange?: (next: FlowDefinition) => void;
  /** What the server found in the saved flow, shown with the designer's own problems. */
  readonly problems?: readonly Problem[];
  /** Edits not saved yet, as the page knows. */
  readonly dirty?: boolean;
}

const NO_PROBLEMS: readonly Problem[] = [];

/** The whole designer for one flow. */
export function FlowDesigner({ initial, form, roles, onChange, problems: serverProblems = NO_PROBLEMS, dirty = false }: FlowDesignerProps) {
  const lang = useLang();
  const catalog = useMemo(() => formCatalog(form), [form]);
  const ctx = useMemo(() => ({ ...emptyContext(), forms: new Map([[form.id, catalog]]), roles: new Set(roles) }), [form.id, catalog, roles]);
  const own = useFlowEditor(initial, ctx);
  useReportChanges(own.def, onChange);
  const problems = useMemo(() => withServerProblems(own.problems, serverProblems), [own.problems, serverProblems]);
  const editor = { ...own, problems };
  const [selected, select] = useState<string | undefined>();
  const [record, setRecord] = useState<FlowRecord>(SAMPLE_APPLICATION);
  const route = useMemo(() => routeOf(editor.def, record, editor.problems.length === 0), [editor.def, record, editor.problems.length]);
  const onRoute = useMemo(() => (route === undefined ? undefined : new Set(route.steps.flatMap((s) => (s.kind === 'branch' ? [s.nodeId, s.branchId] : [s.nodeId])))), [route]);
  const value: FlowContextValue = {
    ...editor,
    dirty,
    form,
    catalog,
    grades: useMemo(() => gradesOf(form), [form]),
    roles,
    lang,
    problemsOn: useMemo(() => problemsById(editor.def, editor.problems), [editor.def, editor.problems]),
    selected,
    select,
    route: onRoute,
  };
  return (
    <FlowContext.Provider value={value}>
      <div className="heng-stack">
        <FlowToolbar />
        <div className="hf-layout">
          <div className="hf-canvas" data-testid="flow-canvas">
            <FlowTree />
          </div>
          <SimulatorPanel record={record} onRecord={setRecord} route={route} />
        </div>
      </div>
      <NodePanel />
    </FlowContext.Provider>
  );
}

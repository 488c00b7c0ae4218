/** @module The flow designer: toolbar, the tree, the route simulator beside it, and the panel of the selected node. */
import { emptyContext, formCatalog, scoreCatalog, scorecardFacts, validateFlow } from '@heng/engine';
import type { FlowDefinition, FlowRecord, FormDefinition, Problem, ScorecardDefinition } from '@heng/engine';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportChanges } from '../definitions/use-report-changes.js';
import { useLang } from '../i18n/use-lang.js';
import { problemsById } from '../ops/flow-tree.js';
import { useDefinitionEditor } from '../ops/use-definition-editor.js';
import { loadUsers, useLoad } from '../renderer/index.js';
import { useMe } from '../runtime/common.js';
import { gradesOf } from './describe.js';
import { FlowContext } from './flow-context.js';
import type { FlowContextValue } from './flow-context.js';
import { FlowToolbar } from './flow-toolbar.js';
import { FlowTree } from './lane.js';
import { NodePanel } from './node-panel.js';
import { ScorecardSetting, scoreLabels } from './scorecard-setting.js';
import { SAMPLE_APPLICATION, SimulatorPanel, routeOf } from './simulator-panel.js';
import { directoryOf } from './simulator-people.js';
import { NO_SAMPLE_SCORE, type SampleScore, sampleFlowScore } from './simulator-score.js';
import './flow.css';

export interface FlowDesignerProps {
  readonly initial: FlowDefinition;
  readonly form: FormDefinition;
  readonly roles: readonly string[];
  /** The published scorecards of the form, whose score the flow may branch on. */
  readonly scorecards?: readonly ScorecardDefinition[];
  /** Every edit, for the page to save. */
  readonly onChange?: (next: FlowDefinition) => void;
  /** What the server found in the saved flow, shown with the designer's own problems. */
  readonly problems?: readonly Problem[];
  /** Edits not saved yet, as the page knows. */
  readonly dirty?: boolean;
}

const NO_PROBLEMS: readonly Problem[] = [];
const NO_SCORECARDS: readonly ScorecardDefinition[] = [];

/** The whole designer for one flow. */
export function FlowDesigner({ initial, form, roles, scorecards = NO_SCORECARDS, onChange, problems: serverProblems = NO_PROBLEMS, dirty = false }: FlowDesignerProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const fields = useMemo(() => formCatalog(form), [form]);
  const ctx = useMemo(() => ({ ...emptyContext(), forms: new Map([[form.id, fields]]), roles: new Set(roles), scorecards: scorecardFacts(scorecards) }), [form.id, fields, roles, scorecards]);
  const editor = useDefinitionEditor(initial, validateFlow, ctx, serverProblems);
  const scorecard = scorecards.find((s) => s.id === editor.def.scorecard);
  const catalog = useMemo(() => (scorecard === undefined ? fields : scoreCatalog(fields, scorecard.grades.map((g) => g.grade))), [fields, scorecard]);
  useReportChanges(editor.def, onChange);
  const [selected, select] = useState<string | undefined>();
  const [record, setRecord] = useState<FlowRecord>(SAMPLE_APPLICATION);
  const [score, setScore] = useState<SampleScore>(NO_SAMPLE_SCORE);
  // The sample is routed among the company's own users, as the server routes a submission; submitted by me unless another is picked.
  const [users, reloadUsers] = useLoad(loadUsers, []);
  const { userId } = useMe();
  const [submitter, setSubmitter] = useState<string>();
  const directory = useMemo(() => directoryOf(users.status === 'ok' ? users.value : []), [users]);
  const names = useMemo(() => new Map(users.status === 'ok' ? users.value.map((u) => [u.id, u.displayName]) : []), [users]);
  const by = submitter ?? userId ?? null;
  const route = useMemo(
    () => routeOf(editor.def, record, editor.problems.length === 0, directory, by, sampleFlowScore(scorecard, score)),
    [editor.def, record, editor.problems.length, directory, by, scorecard, score],
  );
  const onRoute = useMemo(() => (route === undefined ? undefined : new Set(route.steps.flatMap((s) => (s.kind === 'branch' ? [s.nodeId, s.branchId] : [s.nodeId])))), [route]);
  const value: FlowContextValue = {
    ...editor,
    dirty,
    form,
    catalog,
    grades: useMemo(() => scorecard?.grades ?? gradesOf(form), [scorecard, form]),
    scorecards,
    scorecard,
    labels: useMemo(() => scoreLabels(scorecard, t, lang), [scorecard, t, lang]),
    roles,
    lang,
    problemsOn: useMemo(() => problemsById(editor.def, editor.problems), [editor.def, editor.problems]),
    selected,
    select,
    route: onRoute,
    userName: useCallback((id: string) => names.get(id) ?? id, [names]),
  };
  return (
    <FlowContext.Provider value={value}>
      <div className="heng-stack">
        <FlowToolbar />
        <ScorecardSetting />
        <div className="hf-layout">
          <div className="hf-canvas" data-testid="flow-canvas">
            <FlowTree />
          </div>
          <SimulatorPanel record={record} onRecord={setRecord} route={route} people={{ users, onRetry: reloadUsers, submitter: by, onSubmitter: setSubmitter }} score={score} onScore={setScore} />
        </div>
      </div>
      <NodePanel />
    </FlowContext.Provider>
  );
}

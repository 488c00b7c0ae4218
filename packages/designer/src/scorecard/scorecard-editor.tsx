/** @module The scorecard editor: factors, grades, overrides and policies beside the live preview. */
import { formCatalog, validateScorecard, withFacts } from '@heng/engine';
import type { FormDefinition, Problem, ReferenceContext, ScorecardDefinition } from '@heng/engine';
import { Badge, Col, Row, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportChanges } from '../definitions/use-report-changes.js';
import { useLang } from '../i18n/use-lang.js';
import { isoDate } from '../format/date.js';
import { problemsUnder } from '../ops/index.js';
import { useDefinitionEditor } from '../ops/use-definition-editor.js';
import type { ProblemPlace } from '../ops/index.js';
import { EditorContext } from './editor-context.js';
import type { EditorContextValue } from './editor-context.js';
import { EditorToolbar } from './editor-toolbar.js';
import { FactorDetail } from './factor-detail.js';
import { FactorList } from './factor-list.js';
import { ImpactPanel } from './impact-panel.js';
import { GradesEditor } from './grades-editor.js';
import { OverridesEditor } from './overrides-editor.js';
import { PoliciesEditor } from './policies-editor.js';
import { PreviewPanel } from './preview-panel.js';

type TabKey = 'factors' | 'grades' | 'overrides' | 'policies';

const NO_PROBLEMS: readonly Problem[] = [];

export interface ScorecardEditorProps {
  readonly initial: ScorecardDefinition;
  readonly form: FormDefinition;
  readonly ctx: ReferenceContext;
  /** Every edit, for the page to save. */
  readonly onChange?: (next: ScorecardDefinition) => void;
  /** What the server found in the saved card, shown with the editor's own problems. */
  readonly problems?: readonly Problem[];
  /** Edits not saved yet, as the page knows. */
  readonly dirty?: boolean;
  /** The card's latest published version, as the page knows (null: never published). */
  readonly published?: number | null;
}

/** The whole editor for one card. */
export function ScorecardEditor({ initial, form, ctx, onChange, problems: serverProblems = NO_PROBLEMS, dirty = false, published = null }: ScorecardEditorProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const editor = useDefinitionEditor(initial, validateScorecard, ctx, serverProblems);
  useReportChanges(editor.def, onChange);
  const [selected, select] = useState<string | undefined>(initial.factors[0]?.id);
  const [tab, setTab] = useState<TabKey>('factors');
  const [record, setRecord] = useState<Readonly<Record<string, unknown>>>({});
  const today = useMemo(() => isoDate(new Date()), []);
  const catalog = useMemo(() => formCatalog(form), [form]);
  const facts = useMemo(
    () => withFacts(catalog, [{ id: 'score', type: 'number', kind: 'number' }, { id: 'grade', type: 'single_select', kind: 'text', options: editor.def.grades.map((g) => g.grade) }]),
    [catalog, editor.def.grades],
  );
  const { problems } = editor;
  const value: EditorContextValue = { ...editor, dirty, published, form, ctx, catalog, facts, lang, selected, select };

  const goTo = (place: ProblemPlace) => {
    if (place.section === 'factors' || place.section === 'modifiers') {
      setTab('factors');
      if (place.section === 'factors' && place.itemId !== undefined) select(place.itemId);
    } else if (place.section !== 'card') setTab(place.section);
  };

  const count = (prefix: string) => problemsUnder(problems, prefix).length;
  const label = (key: TabKey) => (
    <Badge count={count(`/${key}`)} size="small" offset={[8, -2]}>
      {t(`editor.tabs.${key}`)}
    </Badge>
  );

  return (
    <EditorContext.Provider value={value}>
      <div className="heng-editor">
        <EditorToolbar onGoTo={goTo} />
        <Row gutter={16} wrap={false} style={{ marginTop: 12 }}>
          <Col flex="1 1 0" style={{ minWidth: 0 }}>
            <Tabs
              activeKey={tab}
              onChange={(k) => setTab(k as TabKey)}
              items={[
                { key: 'factors', label: label('factors'), children: <FactorsTab /> },
                { key: 'grades', label: label('grades'), children: <GradesEditor /> },
                { key: 'overrides', label: label('overrides'), children: <OverridesEditor /> },
                { key: 'policies', label: label('policies'), children: <PoliciesEditor /> },
              ]}
            />
          </Col>
          <Col flex="0 0 400px" style={{ minWidth: 0 }}>
            <div className="heng-sticky">
              <PreviewPanel record={record} onRecord={setRecord} today={today} />
              <ImpactPanel />
            </div>
          </Col>
        </Row>
      </div>
    </EditorContext.Provider>
  );
}

function FactorsTab() {
  return (
    <div className="heng-stack">
      <FactorList />
      <FactorDetail />
    </div>
  );
}

/** @module The scorecard editor: factors, grades, overrides and policies beside the live preview. */
import { formCatalog, withFacts } from '@heng/engine';
import type { FormDefinition, ReferenceContext, ScorecardDefinition } from '@heng/engine';
import { App, Badge, Col, Row, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client.js';
import { useLang } from '../i18n/use-lang.js';
import { isoDate } from '../format/date.js';
import { problemsUnder } from '../ops/index.js';
import type { ProblemPlace } from '../ops/index.js';
import { sampleRecords } from '../samples/index.js';
import { EditorContext } from './editor-context.js';
import type { EditorContextValue } from './editor-context.js';
import { EditorToolbar } from './editor-toolbar.js';
import { FactorDetail } from './factor-detail.js';
import { FactorList } from './factor-list.js';
import { GradesEditor } from './grades-editor.js';
import { OverridesEditor } from './overrides-editor.js';
import { PoliciesEditor } from './policies-editor.js';
import { PreviewPanel } from './preview-panel.js';
import { useScorecardEditor } from './use-scorecard-editor.js';

type TabKey = 'factors' | 'grades' | 'overrides' | 'policies';

export interface ScorecardEditorProps {
  readonly initial: ScorecardDefinition;
  readonly form: FormDefinition;
  readonly ctx: ReferenceContext;
  /** The draft's revision on the server; null for a card not saved there yet. */
  readonly revision: number | null;
}

/** The whole editor for one card. */
export function ScorecardEditor({ initial, form, ctx, revision: loadedRevision }: ScorecardEditorProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const editor = useScorecardEditor(initial, ctx);
  const [selected, select] = useState<string | undefined>(initial.factors[0]?.id);
  const [tab, setTab] = useState<TabKey>('factors');
  const [record, setRecord] = useState<Readonly<Record<string, unknown>>>(sampleRecords[form.id] ?? {});
  const [revision, setRevision] = useState(loadedRevision);
  const [saving, setSaving] = useState(false);
  const today = useMemo(() => isoDate(new Date()), []);
  const catalog = useMemo(() => formCatalog(form), [form]);
  const facts = useMemo(
    () => withFacts(catalog, [{ id: 'score', type: 'number', kind: 'number' }, { id: 'grade', type: 'single_select', kind: 'text', options: editor.def.grades.map((g) => g.grade) }]),
    [catalog, editor.def.grades],
  );
  const value: EditorContextValue = { ...editor, form, ctx, catalog, facts, lang, selected, select };

  const save = async () => {
    setSaving(true);
    try {
      const saved = await api.saveDraft('scorecard', editor.def.id, editor.def, revision);
      setRevision(saved.revision);
      editor.markSaved(editor.def);
      void message.success(t('editor.saved'));
    } catch (e) {
      const err = e instanceof ApiError ? e : undefined;
      void message.error(err === undefined ? t('editor.saveFailed') : err.conflict ? t('editor.conflict') : lang === 'zh-CN' ? err.messageZh : err.message);
    } finally {
      setSaving(false);
    }
  };

  const goTo = (place: ProblemPlace) => {
    if (place.section === 'factors' || place.section === 'modifiers') {
      setTab('factors');
      if (place.section === 'factors' && place.itemId !== undefined) select(place.itemId);
    } else if (place.section !== 'card') setTab(place.section);
  };

  const count = (prefix: string) => problemsUnder(editor.problems, prefix).length;
  const label = (key: TabKey) => (
    <Badge count={count(`/${key}`)} size="small" offset={[8, -2]}>
      {t(`editor.tabs.${key}`)}
    </Badge>
  );

  return (
    <EditorContext.Provider value={value}>
      <div className="heng-editor">
        <EditorToolbar saving={saving} onSave={() => void save()} onGoTo={goTo} />
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

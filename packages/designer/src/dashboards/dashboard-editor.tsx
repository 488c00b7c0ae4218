/** @module The dashboard editor: its name, its charts as a list, the selected chart's settings, and a preview from real records. */
import { validateDashboard } from '@heng/engine';
import type { DashboardDefinition } from '@heng/engine';
import { Alert, Card, Col, Form, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DefinitionToolbar } from '../components/definition-toolbar.js';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { LocalizedInput } from '../components/localized-input.js';
import { useReportChanges } from '../definitions/use-report-changes.js';
import { useLang } from '../i18n/use-lang.js';
import { problemsUnder } from '../ops/index.js';
import { useDefinitionEditor } from '../ops/use-definition-editor.js';
import type { EditorHost } from '../definitions/definition-page.js';
import { ChartForm } from './chart-form.js';
import { ChartList } from './chart-list.js';
import { addChart, moveChart, removeChart, updateChart } from './chart-ops.js';
import { chartFields, chartOfProblem, GROUP_KINDS } from './field-choices.js';
import { FilterList } from './filter-list.js';
import { addFilter, removeFilter, updateFilter } from './filter-ops.js';
import { PreviewPanel } from './preview-panel.js';

/** What the definition page gives the editor: the draft, autosave, the server's problems, the company. */
export type DashboardEditorProps = EditorHost<DashboardDefinition>;

/**
 * The whole editor for one dashboard, holding its own undo/redo history.
 *
 * @example
 * <DashboardEditor initial={def} onChange={save} problems={serverProblems} dirty={false} company={company} />
 */
export function DashboardEditor({ initial, onChange, problems: external, dirty, company }: DashboardEditorProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const editor = useDefinitionEditor(initial, validateDashboard, company.ctx, external);
  useReportChanges(editor.def, onChange);
  const { def, problems, apply } = editor;
  const [picked, setPicked] = useState<string | undefined>(initial.charts[0]?.id);
  const index = def.charts.findIndex((c) => c.id === picked);
  const chart = def.charts[index];

  const add = () => {
    const form = chart?.form !== undefined && company.forms.has(chart.form) ? chart.form : company.formChoices[0]?.id;
    if (form === undefined) return;
    const group = chartFields(form, company.forms, company.ctx, GROUP_KINDS, lang, false).find((f) => f.info.options !== undefined);
    const added = addChart(def, form, { 'zh-CN': t('dashboards.editor.newChart', { lng: 'zh-CN' }), en: t('dashboards.editor.newChart', { lng: 'en' }) }, group?.value);
    apply(() => added.def);
    setPicked(added.id);
  };
  const entries = problems.map((p, i) => ({ key: `${p.path}:${p.code}:${i}`, problem: p, go: () => setPicked(chartOfProblem(def, p.path) ?? picked) }));
  const nameProblems = problemsUnder(problems, '/name');
  // Problems placed outside every chart, filter and the name (the whole definition), so none goes unseen.
  const elsewhere = problems.filter((p) => !['/charts/', '/filters/', '/name'].some((at) => p.path.startsWith(at)));

  return (
    <div className="heng-editor heng-dashboard-editor" data-testid="dashboard-editor">
      <DefinitionToolbar def={def} lang={lang} dirty={dirty} canUndo={editor.canUndo} canRedo={editor.canRedo} undo={editor.undo} redo={editor.redo} problems={entries} />
      <div className="heng-stack" style={{ marginTop: 12 }}>
        <Card size="small">
          <Form layout="vertical" component="div">
            <Form.Item label={t('dashboards.editor.name')} extra={nameProblems.length === 0 ? undefined : <FieldProblems problems={nameProblems} />} style={{ marginBottom: 0 }}>
              <LocalizedInput label={t('dashboards.editor.name')} value={def.name} status={statusOf(nameProblems)} onChange={(name) => apply((d) => ({ ...d, name }), 'name')} />
            </Form.Item>
          </Form>
          <FieldProblems problems={elsewhere} />
        </Card>
        {company.formChoices.length === 0 && <Alert type="warning" showIcon title={t('dashboards.editor.noForms')} />}
        <Row gutter={16} wrap={false}>
          <Col flex="0 0 340px" style={{ minWidth: 0 }}>
            <ChartList
              charts={def.charts}
              selected={chart?.id}
              problems={problems}
              canAdd={company.formChoices.length > 0}
              onSelect={setPicked}
              onAdd={add}
              onMove={(id, step) => apply((d) => moveChart(d, id, step))}
              onRemove={(id) => apply((d) => removeChart(d, id))}
            />
          </Col>
          <Col flex="1 1 0" style={{ minWidth: 0 }}>
            {chart === undefined ? (
              <Card size="small">
                <Alert type="info" showIcon title={t('dashboards.editor.pick')} />
              </Card>
            ) : (
              <ChartForm key={chart.id} chart={chart} path={`/charts/${index}`} problems={problems} company={company} onChange={(update, key) => apply((d) => updateChart(d, chart.id, update), key === undefined ? undefined : `${chart.id}:${key}`)} />
            )}
          </Col>
        </Row>
        <FilterList
          filters={def.filters}
          problems={problems}
          company={company}
          defaultForm={def.charts[0]?.form}
          onAdd={(form, field) => apply((d) => addFilter(d, form, field))}
          onChange={(id, change, key) => apply((d) => updateFilter(d, id, change), key)}
          onRemove={(id) => apply((d) => removeFilter(d, id))}
        />
        <PreviewPanel def={def} blocked={problems.length > 0} />
      </div>
    </div>
  );
}

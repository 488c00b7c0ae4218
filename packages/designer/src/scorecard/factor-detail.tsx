/** @module The selected factor: its name, how it scores (method and field), and what a missing value gives. */
import type { ComponentType } from 'react';
import type { Factor, FactorMethodKind, MissingPolicy, ValueKind } from '@heng/engine';
import { Card, Empty, Form, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { LocalizedInput } from '../components/localized-input.js';
import { patchMethod, problemsAt, problemsUnder, rowPath, setFactorName, setMethodField, setMethodKind, setMissing } from '../ops/index.js';
import { AgeUnitSelect, BandsEditor } from './bands-editor.js';
import { useEditor } from './editor-context.js';
import { fieldChoices } from './fields.js';
import { LookupEditor } from './lookup-editor.js';
import { FormulaEditor, LinearEditor } from './scale-editors.js';

/** What each method is edited with, and the field kinds it may read (none: it reads no one field). */
const methodEditors = {
  bands: { editor: BandsEditor, kinds: ['number', 'date'] },
  lookup: { editor: LookupEditor, kinds: ['text', 'boolean', 'number'] },
  linear: { editor: LinearEditor, kinds: ['number', 'date'] },
  formula: { editor: FormulaEditor, kinds: [] },
} satisfies Record<FactorMethodKind, { editor: ComponentType<{ factor: Factor; path: string }>; kinds: readonly ValueKind[] }>;

const METHOD_KINDS = Object.keys(methodEditors) as FactorMethodKind[];

/** The detail card of the selected factor, or a hint to select one. */
export function FactorDetail() {
  const { t } = useTranslation();
  const { def, selected } = useEditor();
  const factor = def.factors.find((f) => f.id === selected);
  if (factor === undefined) {
    return (
      <Card size="small">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('factors.selectHint')} />
      </Card>
    );
  }
  return <Detail factor={factor} />;
}

function Detail({ factor }: { readonly factor: Factor }) {
  const { t } = useTranslation();
  const { def, apply, problems, catalog, form, lang } = useEditor();
  const path = rowPath(def, 'factors', factor.id) ?? '';
  const m = factor.method;
  const spec = methodEditors[m.kind];
  const Editor = spec.editor;
  const fieldId = m.kind === 'formula' ? undefined : m.field;
  // Condition bands read any field (it is only the value shown); ranges and scales need numbers or dates.
  const kinds: readonly ValueKind[] = m.kind === 'bands' && m.bands.some((b) => 'when' in b) ? ['number', 'text', 'boolean', 'date', 'datetime', 'list'] : spec.kinds;
  const choices = fieldChoices(form, catalog, kinds, lang);
  const isDate = fieldId !== undefined && catalog.get(fieldId)?.kind === 'date';
  const namePath = `${path}/name`;

  return (
    <Card size="small" title={t('factors.detailTitle', { name: factor.name[lang] })} data-testid="factor-detail">
      <Form layout="vertical" size="small" component="div">
        <Form.Item label={t('factors.name')} style={{ marginBottom: 8 }}>
          <LocalizedInput value={factor.name} status={statusOf(problemsUnder(problems, namePath))} onChange={(name) => apply((d) => setFactorName(d, factor.id, name), `name:${factor.id}`)} />
          <FieldProblems problems={problems.filter((p) => p.path.startsWith(namePath) || p.path === `${path}/id`)} />
        </Form.Item>
        <Space wrap align="start" style={{ marginBottom: 8 }}>
          <Form.Item label={t('factors.method')} style={{ marginBottom: 0 }}>
            <Select
              style={{ width: 150 }}
              value={m.kind}
              aria-label={t('factors.method')}
              options={METHOD_KINDS.map((k) => ({ value: k, label: t(`method.${k}`) }))}
              onChange={(k: FactorMethodKind) => apply((d) => setMethodKind(d, factor.id, k, fieldId === undefined ? undefined : catalog.get(fieldId)))}
            />
          </Form.Item>
          {m.kind !== 'formula' && (
            <Form.Item label={t('factors.field')} style={{ marginBottom: 0 }}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 220 }}
                aria-label={t('factors.field')}
                placeholder={t('factors.pickField')}
                status={statusOf(problemsAt(problems, `${path}/method/field`))}
                value={fieldId}
                options={choices.map((c) => ({ value: c.info.id, label: c.label }))}
                onChange={(id: string) => {
                  const info = catalog.get(id);
                  if (info !== undefined) apply((d) => setMethodField(d, factor.id, info));
                }}
              />
            </Form.Item>
          )}
          {isDate && (m.kind === 'bands' || m.kind === 'linear') && (
            <Form.Item label={t('unit.label')} style={{ marginBottom: 0 }}>
              <AgeUnitSelect value={m.unit} onChange={(unit) => apply((d) => patchMethod(d, factor.id, m.kind, (x) => ({ ...x, unit })))} />
            </Form.Item>
          )}
        </Space>
        <FieldProblems problems={problemsAt(problems, `${path}/method/field`).concat(problemsAt(problems, `${path}/method/unit`), problemsAt(problems, `${path}/method`))} />
        <Editor factor={factor} path={`${path}/method`} />
        <MissingEditor factor={factor} path={`${path}/missing`} />
      </Form>
    </Card>
  );
}

function MissingEditor({ factor, path }: { readonly factor: Factor; readonly path: string }) {
  const { t } = useTranslation();
  const { apply, problems } = useEditor();
  const policy = factor.missing;
  const toPolicy = (p: MissingPolicy['policy']): MissingPolicy => (p === 'points' ? { policy: p, points: 0 } : { policy: p });
  return (
    <Form.Item label={t('missing.label')} tooltip={t('missing.hint')} style={{ marginTop: 12, marginBottom: 0 }}>
      <Space wrap>
        <Select
          style={{ width: 230 }}
          aria-label={t('missing.label')}
          value={policy.policy}
          options={(['points', 'exclude', 'fail'] as const).map((p) => ({ value: p, label: t(`missing.policies.${p}`) }))}
          onChange={(p: MissingPolicy['policy']) => apply((d) => setMissing(d, factor.id, toPolicy(p)))}
        />
        {policy.policy === 'points' && (
          <InputNumber
            aria-label={t('missing.points')}
            suffix={t('bands.pointsUnit')}
            status={statusOf(problemsAt(problems, `${path}/points`))}
            value={policy.points}
            onChange={(v) => apply((d) => setMissing(d, factor.id, { policy: 'points', points: v ?? 0 }), `missing:${factor.id}`)}
          />
        )}
      </Space>
      <FieldProblems problems={problemsAt(problems, `${path}/points`)} />
    </Form.Item>
  );
}

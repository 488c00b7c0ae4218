/** @module Overrides: a condition (built, not typed) that caps or forces a grade or adds a flag, applied in order after scoring. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Override, OverrideAction } from '@heng/engine';
import { Button, Card, Empty, Flex, Input, Popconfirm, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConditionBuilder } from '../components/condition-builder.js';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { LocalizedInput } from '../components/localized-input.js';
import { actionOfKind, addOverride, problemsAt, problemsUnder, removeOverride, rowPath, setOverride } from '../ops/index.js';
import { useEditor } from './editor-context.js';

/** Every override of the card, in the order they apply. */
export function OverridesEditor() {
  const { t } = useTranslation();
  const { def, apply } = useEditor();
  const overrides = def.overrides ?? [];
  const lowest = [...def.grades].sort((a, b) => a.min - b.min)[0]?.grade ?? '';
  return (
    <div className="heng-stack">
      <div className="heng-muted">{t('overrides.hint')}</div>
      {overrides.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overrides.empty')} />}
      {overrides.map((o, i) => (
        <OverrideCard key={o.id} override={o} index={i} />
      ))}
      <div>
        <Button size="small" icon={<PlusOutlined />} onClick={() => apply((d) => addOverride(d, { kind: 'cap', grade: lowest }, { 'zh-CN': '新规则', en: 'New override' }).def)}>
          {t('overrides.add')}
        </Button>
      </div>
    </div>
  );
}

function OverrideCard({ override: o, index }: { readonly override: Override; readonly index: number }) {
  const { t } = useTranslation();
  const { def, apply, problems, facts, form, lang } = useEditor();
  const path = rowPath(def, 'overrides', o.id) ?? '';
  const a = o.action;
  const grades = def.grades.map((g) => ({ value: g.grade, label: `${g.grade} · ${g.label[lang]}` }));
  const setAction = (action: OverrideAction, key?: string) => apply((d) => setOverride(d, o.id, { action }), key);
  const name = o.name ?? { 'zh-CN': o.id, en: o.id };
  return (
    <Card
      size="small"
      data-override={o.id}
      className={problemsUnder(problems, path).length > 0 ? 'has-problem' : undefined}
      title={
        <Flex gap={8} align="center">
          <Tag>{index + 1}</Tag>
          <div style={{ flex: 1, minWidth: 0 }}>
            <LocalizedInput value={name} onChange={(n) => apply((d) => setOverride(d, o.id, { name: n }), `override:${o.id}:name`)} />
          </div>
        </Flex>
      }
      extra={
        <Popconfirm title={t('overrides.removeConfirm')} okText={t('common.remove')} cancelText={t('common.cancel')} onConfirm={() => apply((d) => removeOverride(d, o.id))}>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} />
        </Popconfirm>
      }
    >
      <div className="heng-label">{t('overrides.when')}</div>
      <ConditionBuilder value={o.when} onChange={(when, key) => apply((d) => setOverride(d, o.id, { when }), key)} catalog={facts} form={form} grades={def.grades} problems={problems} path={`${path}/when`} />
      <div className="heng-label" style={{ marginTop: 10 }}>
        {t('overrides.then')}
      </div>
      <Flex gap={8} wrap align="center">
        <Select
          style={{ width: 180 }}
          aria-label={t('overrides.action')}
          value={a.kind}
          options={(['cap', 'force', 'flag'] as const).map((k) => ({ value: k, label: t(`overrides.${k}`) }))}
          onChange={(k: OverrideAction['kind']) => setAction(actionOfKind(a, k, grades[grades.length - 1]?.value ?? '', { 'zh-CN': '标记', en: 'Flag' }))}
        />
        {a.kind === 'flag' ? (
          <>
            <Input style={{ width: 140 }} aria-label={t('overrides.flagId')} placeholder={t('overrides.flagId')} status={statusOf(problemsAt(problems, `${path}/action/flag`))} value={a.flag} onChange={(e) => setAction({ ...a, flag: e.target.value }, `override:${o.id}:flag`)} />
            <div style={{ flex: 1, minWidth: 240 }}>
              <LocalizedInput value={a.label} onChange={(label) => setAction({ ...a, label }, `override:${o.id}:flagLabel`)} />
            </div>
          </>
        ) : (
          <Select style={{ width: 160 }} aria-label={t('overrides.grade')} status={statusOf(problemsAt(problems, `${path}/action/grade`))} value={a.grade} options={grades} onChange={(grade: string) => setAction({ ...a, grade })} />
        )}
      </Flex>
      <FieldProblems problems={problemsUnder(problems, `${path}/action`).concat(problemsAt(problems, path), problemsUnder(problems, `${path}/name`))} />
    </Card>
  );
}

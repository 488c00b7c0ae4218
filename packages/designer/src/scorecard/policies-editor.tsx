/** @module Policy outputs per grade (credit limit, terms, settlement): named, typed, a value for each grade. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { escapeToken } from '@heng/engine';
import type { Policy, PolicyType } from '@heng/engine';
import { Button, Card, Empty, Flex, Popconfirm, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems } from '../components/field-problems.js';
import { LocalizedInput } from '../components/localized-input.js';
import { addPolicy, problemsUnder, removePolicy, rowPath, setPolicy } from '../ops/index.js';
import { useEditor } from './editor-context.js';
import { PolicyValues, usePolicyLabel } from './policy-values.js';

/** Every policy of the card. */
export function PoliciesEditor() {
  const { t } = useTranslation();
  const { def, apply } = useEditor();
  const policies = def.policies ?? [];
  return (
    <div className="heng-stack">
      <div className="heng-muted">{t('policies.hint')}</div>
      {policies.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.empty')} />}
      {policies.map((p) => (
        <PolicyCard key={p.id} policy={p} />
      ))}
      <div>
        <Button size="small" icon={<PlusOutlined />} onClick={() => apply((d) => addPolicy(d, { 'zh-CN': '新政策', en: 'New policy' }, 'money').def)}>
          {t('policies.add')}
        </Button>
      </div>
    </div>
  );
}

function PolicyCard({ policy: p }: { readonly policy: Policy }) {
  const { t } = useTranslation();
  const { def, apply, problems } = useEditor();
  const named = usePolicyLabel(p);
  const path = rowPath(def, 'policies', p.id) ?? '';
  // A value for a grade that no longer exists has no row: its problem shows under the table.
  const rows = new Set(def.grades.map((g) => `${path}/byGrade/${escapeToken(g.grade)}`));
  const shownInRows = (at: string) => [...rows].some((r) => at === r || at.startsWith(`${r}/`));
  return (
    <Card
      size="small"
      data-policy={p.id}
      title={
        <Flex gap={8} align="center">
          <div style={{ flex: 1, minWidth: 0 }}>
            <LocalizedInput value={p.name} onChange={(name) => apply((d) => setPolicy(d, p.id, { name }), `policy:${p.id}:name`)} />
          </div>
          <Select
            style={{ width: 120 }}
            aria-label={named(t('policies.type'))}
            value={p.type}
            options={(['money', 'number', 'days', 'text'] as const).map((k) => ({ value: k, label: t(`policies.types.${k}`) }))}
            onChange={(type: PolicyType) => apply((d) => setPolicy(d, p.id, { type }))}
          />
        </Flex>
      }
      extra={
        <Popconfirm title={t('policies.removeConfirm')} okText={t('common.remove')} cancelText={t('common.cancel')} onConfirm={() => apply((d) => removePolicy(d, p.id))}>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={named(t('common.remove'))} />
        </Popconfirm>
      }
    >
      <PolicyValues policy={p} path={path} />
      <FieldProblems problems={problemsUnder(problems, path).filter((x) => !shownInRows(x.path))} />
    </Card>
  );
}

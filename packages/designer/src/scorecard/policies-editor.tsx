/** @module Policy outputs per grade (credit limit, terms): a formula for each grade, checked as typed. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { escapeToken } from '@heng/engine';
import type { Policy, PolicyType } from '@heng/engine';
import { Button, Card, Empty, Flex, Input, Popconfirm, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { LocalizedInput } from '../components/localized-input.js';
import { addPolicy, problemsUnder, removePolicy, rowPath, setPolicy, setPolicyFormula } from '../ops/index.js';
import { useEditor } from './editor-context.js';

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
  const { def, apply, problems, lang } = useEditor();
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
            aria-label={t('policies.type')}
            value={p.type}
            options={(['money', 'number', 'days', 'text'] as const).map((k) => ({ value: k, label: t(`policies.types.${k}`) }))}
            onChange={(type: PolicyType) => apply((d) => setPolicy(d, p.id, { type }))}
          />
        </Flex>
      }
      extra={
        <Popconfirm title={t('policies.removeConfirm')} okText={t('common.remove')} cancelText={t('common.cancel')} onConfirm={() => apply((d) => removePolicy(d, p.id))}>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} />
        </Popconfirm>
      }
    >
      <table className="heng-table">
        <tbody>
          {def.grades.map((g) => {
            const at = `${path}/byGrade/${escapeToken(g.grade)}`;
            const mine = problemsUnder(problems, at);
            return [
              <tr key={g.id}>
                <td style={{ width: 120 }}>
                  <Tag color={g.color}>{g.grade}</Tag>
                  <span className="heng-muted">{g.label[lang]}</span>
                </td>
                <td>
                  <Input
                    size="small"
                    className="heng-mono"
                    aria-label={t('policies.formulaFor', { grade: g.grade })}
                    status={statusOf(mine)}
                    value={p.byGrade[g.grade] ?? ''}
                    placeholder={t('policies.formulaPlaceholder')}
                    onChange={(e) => apply((d) => setPolicyFormula(d, p.id, g.grade, e.target.value), `policy:${p.id}:${g.grade}`)}
                  />
                </td>
              </tr>,
              mine.length > 0 && (
                <tr key={`${g.id}:problems`} className="heng-problem-row">
                  <td />
                  <td>
                    <FieldProblems problems={mine} />
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
      <FieldProblems problems={problemsUnder(problems, path).filter((x) => !shownInRows(x.path))} />
    </Card>
  );
}

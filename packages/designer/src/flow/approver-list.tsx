/** @module Who a node asks or copies: rows of role, named users, a user field of the form, or the submitter's manager. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ApproverSpec } from '@heng/engine';
import { Button, Flex, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRoleName } from '../runtime/common.js';
import { useFlow } from './flow-context.js';

type Kind = ApproverSpec['kind'];
const KINDS: readonly Kind[] = ['role', 'users', 'field', 'manager'];

function fresh(kind: Kind, roles: readonly string[], userFields: readonly string[]): ApproverSpec {
  switch (kind) {
    case 'role':
      return { kind, role: roles[0] ?? '' };
    case 'users':
      return { kind, users: [] };
    case 'field':
      return { kind, field: userFields[0] ?? '' };
    case 'manager':
      return { kind, levels: 1 };
  }
}

function Row({ spec, onChange }: { readonly spec: ApproverSpec; readonly onChange: (s: ApproverSpec) => void }) {
  const { t } = useTranslation();
  const { roles, form, lang } = useFlow();
  const roleName = useRoleName();
  const userFields = form.fields.filter((f) => f.type === 'user');
  switch (spec.kind) {
    case 'role':
      return <Select aria-label={t('flow.who.role')} style={{ flex: 1 }} value={spec.role} options={roles.map((r) => ({ value: r, label: roleName(r) }))} onChange={(role: string) => onChange({ kind: 'role', role })} />;
    case 'users':
      return <Select aria-label={t('flow.who.users')} style={{ flex: 1 }} mode="tags" open={false} placeholder={t('flow.who.usersPlaceholder')} value={[...spec.users]} onChange={(users: string[]) => onChange({ kind: 'users', users })} />;
    case 'field':
      return <Select aria-label={t('flow.who.field')} style={{ flex: 1 }} value={spec.field} options={userFields.map((f) => ({ value: f.id, label: f.label[lang] }))} onChange={(field: string) => onChange({ kind: 'field', field })} />;
    case 'manager':
      return <InputNumber aria-label={t('flow.who.levels')} style={{ flex: 1 }} min={1} max={10} precision={0} prefix={t('flow.who.levels')} value={spec.levels ?? 1} onChange={(v) => onChange({ kind: 'manager', levels: typeof v === 'number' ? v : 1 })} />;
  }
}

/** The editable list; `label` names it for screen readers. */
export function ApproverList({ value, onChange, label }: { readonly value: readonly ApproverSpec[]; readonly onChange: (v: readonly ApproverSpec[]) => void; readonly label: string }) {
  const { t } = useTranslation();
  const { roles, form } = useFlow();
  const userFields = form.fields.filter((f) => f.type === 'user').map((f) => f.id);
  const set = (i: number, s: ApproverSpec) => onChange(value.map((x, j) => (j === i ? s : x)));
  return (
    <div className="heng-stack" style={{ gap: 6 }} aria-label={label} role="group">
      {value.map((spec, i) => (
        <Flex key={i} gap={6}>
          <Select aria-label={t('flow.approvers')} style={{ width: 150 }} value={spec.kind} options={KINDS.map((k) => ({ value: k, label: t(`flow.who.${k}`) }))} onChange={(k: Kind) => set(i, fresh(k, roles, userFields))} />
          <Row spec={spec} onChange={(s) => set(i, s)} />
          <Button icon={<DeleteOutlined />} aria-label={t('flow.remove')} onClick={() => onChange(value.filter((_, j) => j !== i))} />
        </Flex>
      ))}
      <Button type="dashed" icon={<PlusOutlined />} onClick={() => onChange([...value, fresh('role', roles, userFields)])}>
        {t('flow.who.add')}
      </Button>
    </div>
  );
}

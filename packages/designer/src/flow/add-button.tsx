/** @module The "+" on the line between two nodes: a menu to insert an approver, a copy-to or a condition branch there. */
import { AuditOutlined, BranchesOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { insertNode } from '../ops/flow.js';
import type { NewNodeKind } from '../ops/flow.js';
import type { LaneId } from '../ops/flow-tree.js';
import { useFlow } from './flow-context.js';

const KINDS: readonly NewNodeKind[] = ['approver', 'copy', 'branch'];
const ICONS = { approver: <AuditOutlined />, copy: <SendOutlined />, branch: <BranchesOutlined /> } as const;

/** The connector with its "+"; the new node opens in the panel. */
export function AddButton({ lane, after }: { readonly lane: LaneId; readonly after: string | null }) {
  const { t } = useTranslation();
  const { apply, select, def } = useFlow();
  const add = (kind: NewNodeKind) => {
    const { id } = insertNode(def, lane, after, kind);
    apply((d) => insertNode(d, lane, after, kind).def);
    select(id);
  };
  return (
    <div className="hf-add">
      <Dropdown trigger={['click']} menu={{ items: KINDS.map((k) => ({ key: k, icon: ICONS[k], label: t(`flow.kinds.${k}`), onClick: () => add(k) })) }}>
        <Button shape="circle" size="small" type="primary" icon={<PlusOutlined />} aria-label={t('flow.add')} data-testid={`flow-add-${lane ?? 'main'}-${after ?? 'start'}`} />
      </Dropdown>
    </div>
  );
}

/** @module A chain of nodes with a "+" before each gap, and the main lane between the start and end cards. */
import { UserOutlined } from '@ant-design/icons';
import type { FlowNode } from '@heng/engine';
import { useTranslation } from 'react-i18next';
import type { LaneId } from '../ops/flow-tree.js';
import { AddButton } from './add-button.js';
import { BranchBlock } from './branch-block.js';
import { useFlow } from './flow-context.js';
import { NodeCard } from './node-card.js';

/** The nodes of one lane, each followed by a "+". */
export function Lane({ lane, nodes }: { readonly lane: LaneId; readonly nodes: readonly FlowNode[] }) {
  return (
    <div className="hf-lane">
      <AddButton lane={lane} after={null} />
      {nodes.map((n) => (
        <div className="hf-lane" key={n.id}>
          {n.kind === 'branch' ? <BranchBlock node={n} /> : <NodeCard node={n} />}
          <AddButton lane={lane} after={n.id} />
        </div>
      ))}
    </div>
  );
}

/** The whole tree: who submits, the main lane, the end. */
export function FlowTree() {
  const { t } = useTranslation();
  const { def, form, lang, route } = useFlow();
  const routed = route === undefined ? '' : ' on-route';
  return (
    <div className="hf-tree">
      <div className={`hf-card hf-start${routed}`}>
        <div className="hf-card-head">
          <UserOutlined /> {t('flow.start')}
        </div>
        <div className="hf-card-body">{t('flow.startHint', { form: form.name[lang] })}</div>
      </div>
      <Lane lane={null} nodes={def.nodes} />
      <div className={`hf-end${routed}`}>{t('flow.end')}</div>
    </div>
  );
}

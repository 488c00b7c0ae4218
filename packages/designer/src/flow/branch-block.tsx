/** @module A condition branch node: its branches side by side (movable left and right), each with its own chain, then the otherwise lane. */
import { CloseOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { BranchNode, FlowBranch, FlowOtherwise } from '@heng/engine';
import { Button, Popconfirm, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { addBranch, moveBranch, removeBranch } from '../ops/flow-branches.js';
import { removeNode } from '../ops/flow.js';
import { branchName, describeCondition } from './describe.js';
import { useFlow } from './flow-context.js';
import { Lane } from './lane.js';
import { unattendedLanes } from './unattended.js';
import { CardProblems, cardClass } from './node-card.js';

function ConditionCard({ node, lane, index }: { readonly node: BranchNode; readonly lane: FlowBranch | FlowOtherwise; readonly index: number }) {
  const { t } = useTranslation();
  const { def, form, lang, labels, selected, select, route, problemsOn, apply } = useFlow();
  const problems = problemsOn.get(lane.id) ?? [];
  const last = node.branches.length - 1;
  const name = branchName(lane, form, lang, labels);
  const body = 'when' in lane ? describeCondition(lane.when, form, lang, labels) : t('flow.otherwiseHint');
  const stop = { onClick: (e: { stopPropagation(): void }) => e.stopPropagation(), onKeyDown: (e: { stopPropagation(): void }) => e.stopPropagation(), role: 'presentation' };
  return (
    <div
      className={cardClass('condition', lane.id, selected, route, problems)}
      role="button"
      tabIndex={0}
      data-testid={`flow-lane-${lane.id}`}
      onClick={() => select(lane.id)}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), select(lane.id))}
    >
      <div className="hf-card-head">
        <span className={body === name ? 'heng-ellipsis hf-whole' : 'heng-ellipsis'} title={name}>
          {name}
        </span>
        <span className="hf-priority">{index < 0 ? '' : t('flow.priority', { n: index + 1 })}</span>
        {index >= 0 && (
          <span {...stop} className="hf-card-remove">
            <Popconfirm title={t('flow.removeBranchConfirm')} onConfirm={() => apply((d) => (node.branches.length > 1 ? removeBranch(d, node.id, lane.id) : removeNode(d, node.id)))}>
              <Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('flow.remove')} />
            </Popconfirm>
          </span>
        )}
      </div>
      {/* A branch named by its condition says it once, whole, in its head. */}
      {body !== name && <div className="hf-card-body">{body}</div>}
      {unattendedLanes(def).has(lane.id) && (
        <div className="hf-card-body" data-testid={`flow-unattended-${lane.id}`}>
          <Typography.Text type="warning">{t('flow.unattended')}</Typography.Text>
        </div>
      )}
      <CardProblems problems={problems} />
      {index >= 0 && (
        <span {...stop} className="hf-move">
          <Tooltip title={t('flow.moveLeft')}>
            <Button size="small" type="text" icon={<LeftOutlined />} disabled={index === 0} aria-label={t('flow.moveLeft')} onClick={() => apply((d) => moveBranch(d, node.id, lane.id, -1))} />
          </Tooltip>
          <Tooltip title={t('flow.moveRight')}>
            <Button size="small" type="text" icon={<RightOutlined />} disabled={index === last} aria-label={t('flow.moveRight')} onClick={() => apply((d) => moveBranch(d, node.id, lane.id, 1))} />
          </Tooltip>
        </span>
      )}
    </div>
  );
}

/** The branch node, with an "add condition" button on its top line. */
export function BranchBlock({ node }: { readonly node: BranchNode }) {
  const { t } = useTranslation();
  const { apply, select, def, problemsOn, lang } = useFlow();
  const problems = problemsOn.get(node.id) ?? [];
  const lanes: ReadonlyArray<FlowBranch | FlowOtherwise> = [...node.branches, node.otherwise];
  const add = () => {
    const { id } = addBranch(def, node.id);
    apply((d) => addBranch(d, node.id).def);
    select(id);
  };
  return (
    <div className="hf-branch" data-testid={`flow-node-${node.id}`}>
      <div className="hf-branch-head">
        <Button size="small" shape="round" onClick={add} data-testid={`flow-add-condition-${node.id}`} title={node.name[lang]}>
          {t('flow.addCondition')}
        </Button>
      </div>
      {problems.length > 0 && <CardProblems problems={problems} />}
      <div className="hf-branches">
        {lanes.map((lane, i) => (
          <div className="hf-col" key={lane.id}>
            <ConditionCard node={node} lane={lane} index={i === node.branches.length ? -1 : i} />
            <Lane lane={lane.id} nodes={lane.nodes} />
          </div>
        ))}
      </div>
    </div>
  );
}

/** @module A node's card on the tree: its kind, name, who it asks, its problems; dimmed or outlined by the simulated route. */
import { AuditOutlined, CloseOutlined, SendOutlined, WarningFilled } from '@ant-design/icons';
import type { ApproverNode, CopyNode, Problem } from '@heng/engine';
import { Button, Popconfirm } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { removeNode } from '../ops/flow.js';
import { problemText } from '../ops/problems.js';
import { describeWho } from './describe.js';
import { useFlow } from './flow-context.js';
import { useRoleName } from '../runtime/common.js';

/** The classes every card shares: kind, selection, route and problems. */
export function cardClass(kind: string, id: string, selected: string | undefined, route: ReadonlySet<string> | undefined, problems: readonly Problem[]): string {
  const parts = ['hf-card', `hf-${kind}`];
  if (selected === id) parts.push('is-selected');
  if (route !== undefined) parts.push(route.has(id) ? 'on-route' : 'off-route');
  if (problems.length > 0) parts.push('has-problems');
  return parts.join(' ');
}

/** The problems under a card, in the current language. */
export function CardProblems({ problems }: { readonly problems: readonly Problem[] }) {
  const { lang } = useFlow();
  if (problems.length === 0) return null;
  return (
    <ul className="hf-card-problems">
      {problems.map((p, i) => (
        <li key={`${p.code}:${i}`}>
          <WarningFilled /> {problemText(p, lang)}
        </li>
      ))}
    </ul>
  );
}

/** An approver or copy-to card. */
export function NodeCard({ node }: { readonly node: ApproverNode | CopyNode }) {
  const { t } = useTranslation();
  const { form, lang, selected, select, route, problemsOn, apply, userName } = useFlow();
  const problems = problemsOn.get(node.id) ?? [];
  const who = node.kind === 'approver' ? node.approvers : node.to;
  const roleName = useRoleName();
  const labels = { role: roleName, manager: (count: number) => t('flow.who.managerLevel', { count }), user: userName };
  const names = who.map((w) => describeWho(w, form, lang, labels)).join(lang === 'zh-CN' ? '、' : ', ');
  let body: ReactNode = names;
  if (who.length === 0) body = <span className="hf-placeholder">{t(node.kind === 'approver' ? 'flow.noApprovers' : 'flow.noRecipients')}</span>;
  else if (node.kind === 'approver' && who.length > 0) body = `${names} · ${t(`flow.modeShort.${node.mode}`)}`;
  return (
    <div
      className={cardClass(node.kind, node.id, selected, route, problems)}
      role="button"
      tabIndex={0}
      data-testid={`flow-node-${node.id}`}
      onClick={() => select(node.id)}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), select(node.id))}
    >
      <div className="hf-card-head">
        {node.kind === 'approver' ? <AuditOutlined /> : <SendOutlined />}
        <span className="heng-ellipsis">{node.name[lang]}</span>
        <span onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()} role="presentation" className="hf-card-remove">
          <Popconfirm title={t('flow.removeConfirm')} onConfirm={() => apply((d) => removeNode(d, node.id))}>
            <Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('flow.remove')} />
          </Popconfirm>
        </span>
      </div>
      <div className="hf-card-body">{body}</div>
      <CardProblems problems={problems} />
    </div>
  );
}

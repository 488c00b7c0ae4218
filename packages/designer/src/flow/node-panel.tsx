/** @module The panel of the selected node or branch: its name, approvers and policies, or its condition. */
import type { ApproverNode, LocalizedText, NodeTimeout, TimeoutAction } from '@heng/engine';
import { Drawer, Flex, Form, InputNumber, Radio, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConditionBuilder } from '../components/condition-builder.js';
import { FieldProblems } from '../components/field-problems.js';
import { LocalizedInput } from '../components/localized-input.js';
import { shownBranchName, typedBranchName } from '../ops/branch-name.js';
import { setBranchWhen } from '../ops/flow-branches.js';
import { rename, setApprover, setCopyTo } from '../ops/flow.js';
import { findLane, findNode, flowPlaces } from '../ops/flow-tree.js';
import { ApproverList } from './approver-list.js';
import { branchName } from './describe.js';
import { useFlow } from './flow-context.js';

const MODES = ['or', 'and', 'sequential'] as const;
const EMPTY = ['admin', 'auto_approve', 'auto_reject'] as const;
const ACTIONS: readonly TimeoutAction[] = ['remind', 'auto_approve', 'auto_reject', 'escalate'];

function ApproverFields({ node }: { readonly node: ApproverNode }) {
  const { t } = useTranslation();
  const { apply, form, lang } = useFlow();
  const timeout = node.timeout;
  const setTimeout = (next: NodeTimeout | null) => apply((d) => setApprover(d, node.id, { timeout: next }), `timeout:${node.id}`);
  return (
    <>
      <Form.Item label={t('flow.approvers')}>
        <ApproverList label={t('flow.approvers')} value={node.approvers} onChange={(approvers) => apply((d) => setApprover(d, node.id, { approvers }))} />
      </Form.Item>
      <Form.Item label={t('flow.mode')}>
        <Radio.Group value={node.mode} onChange={(e) => apply((d) => setApprover(d, node.id, { mode: e.target.value as ApproverNode['mode'] }))}>
          <Flex vertical gap={4}>
            {MODES.map((m) => (
              <Radio key={m} value={m}>
                {t(`flow.modes.${m}`)}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      <Form.Item label={t('flow.whenEmpty')}>
        <Select aria-label={t('flow.whenEmpty')} value={node.whenEmpty} options={EMPTY.map((p) => ({ value: p, label: t(`flow.emptyPolicies.${p}`) }))} onChange={(whenEmpty: ApproverNode['whenEmpty']) => apply((d) => setApprover(d, node.id, { whenEmpty }))} />
      </Form.Item>
      <Form.Item label={t('flow.timeout')}>
        <Flex vertical gap={6}>
          <Flex gap={8} align="center">
            <Switch aria-label={t('flow.timeoutOn')} checked={timeout !== undefined} onChange={(on) => setTimeout(on ? { hours: 24, action: 'remind' } : null)} />
            <Typography.Text>{t('flow.timeoutOn')}</Typography.Text>
          </Flex>
          {timeout !== undefined && (
            <Flex gap={8}>
              <InputNumber aria-label={t('flow.hours')} min={1} precision={0} suffix={t('flow.hours')} style={{ width: 130 }} value={timeout.hours} onChange={(v) => setTimeout({ ...timeout, hours: typeof v === 'number' ? v : 1 })} />
              <Select
                aria-label={t('flow.timeoutAction')}
                style={{ flex: 1 }}
                value={timeout.action}
                options={ACTIONS.map((a) => ({ value: a, label: t(`flow.timeoutActions.${a}`) }))}
                onChange={(action: TimeoutAction) => {
                  const { escalateTo: _old, ...rest } = timeout;
                  setTimeout(action === 'escalate' ? { ...rest, action, escalateTo: [] } : { ...rest, action });
                }}
              />
            </Flex>
          )}
          {timeout?.action === 'escalate' && <ApproverList label={t('flow.escalateTo')} value={timeout.escalateTo ?? []} onChange={(escalateTo) => setTimeout({ ...timeout, escalateTo })} />}
        </Flex>
      </Form.Item>
      <Form.Item label={t('flow.editable')}>
        <Select
          aria-label={t('flow.editable')}
          mode="multiple"
          value={[...(node.editableFields ?? [])]}
          options={form.fields.map((f) => ({ value: f.id, label: f.label[lang] }))}
          onChange={(editableFields: string[]) => apply((d) => setApprover(d, node.id, { editableFields }))}
        />
      </Form.Item>
    </>
  );
}

/** A panel's title: the kind of node, then its name unless that only repeats the kind (条件分支, not 条件分支 · 条件分支). */
const panelTitle = (kind: string, name: string): string => (name === '' || name === kind ? kind : `${kind} · ${name}`);

/** The drawer; closed when nothing is selected. */
export function NodePanel() {
  const { t } = useTranslation();
  const { def, selected, select, apply, lang, problemsOn, catalog, form, grades, problems, labels } = useFlow();
  const node = selected === undefined ? undefined : findNode(def, selected);
  const lane = selected === undefined || node !== undefined ? undefined : findLane(def, selected);
  const item = node ?? (lane === undefined ? undefined : (lane.branch ?? lane.node.otherwise));
  const path = selected === undefined ? undefined : [...flowPlaces(def)].find(([, id]) => id === selected)?.[0];
  // The condition builder shows the problems of the condition on its parts.
  const here = (selected === undefined ? [] : (problemsOn.get(selected) ?? [])).filter((p) => path === undefined || !p.path.startsWith(`${path}/when`));
  const title = node !== undefined ? t(`flow.kinds.${node.kind}`) : t('flow.condition');
  // A branch still named by default is named by its condition: its name inputs show empty until one is typed.
  const branch = lane?.branch;
  const named = (name: LocalizedText) => (lane?.branch === undefined ? name : typedBranchName(name, lane.index + 1));
  return (
    <Drawer open={item !== undefined} onClose={() => select(undefined)} title={item === undefined ? '' : panelTitle(title, branch === undefined ? item.name[lang] : branchName(branch, form, lang, labels))} size={460} mask={false} destroyOnHidden>
      {item !== undefined && selected !== undefined && (
        <Form layout="vertical" component="div">
          <FieldProblems problems={here} />
          <Form.Item label={t('flow.name')}>
            <LocalizedInput
              value={branch === undefined ? item.name : shownBranchName(item.name)}
              placeholder={branch === undefined ? undefined : t('flow.nameByCondition')}
              onChange={(name) => apply((d) => rename(d, selected, named(name)), `name:${selected}`)}
            />
          </Form.Item>
          {node?.kind === 'approver' && <ApproverFields node={node} />}
          {node?.kind === 'copy' && (
            <Form.Item label={t('flow.to')}>
              <ApproverList label={t('flow.to')} value={node.to} onChange={(to) => apply((d) => setCopyTo(d, node.id, to))} />
            </Form.Item>
          )}
          {lane?.branch !== undefined && path !== undefined && (
            <Form.Item label={t('flow.condition')} extra={t('flow.conditionHint')}>
              <ConditionBuilder
                value={lane.branch.when}
                onChange={(when, key) => apply((d) => setBranchWhen(d, lane.node.id, lane.branch?.id ?? '', when), key === undefined ? undefined : `when:${selected}:${key}`)}
                catalog={catalog}
                form={form}
                grades={grades}
                problems={problems}
                path={`${path}/when`}
                {...labels}
              />
            </Form.Item>
          )}
        </Form>
      )}
    </Drawer>
  );
}

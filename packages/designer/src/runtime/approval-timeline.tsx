/** @module An approval's timeline: who acted, what they did, their opinion and when, in the language shown; then who it waits for. */
import type { FieldDefinition, FlowDefinition, FormDefinition } from '@heng/engine';
import { ClockCircleOutlined } from '@ant-design/icons';
import { Skeleton, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { scoreFactLabel } from '../flow/scorecard-setting.js';
import { formatDateTime } from '../format/date.js';
import { useLang } from '../i18n/use-lang.js';
import { displayValue, useDisplayWords, useLoad } from '../renderer/index.js';
import type { ApprovalView } from './api.js';
import { flowSteps, routeText } from './flow-steps.js';
import type { FlowStep } from './flow-steps.js';
import { timelineOf, waitingFor } from './timeline.js';
import type { TimelineItem } from './timeline.js';

const NO_STEPS: ReadonlyMap<string, FlowStep> = new Map();

/**
 * The steps of a published flow version, for the history that names them by id, and whether its
 * conditions read the flow's scorecard (`score`, `grade`); undefined while they load (none when
 * they could not be read: the history then names steps by id).
 *
 * @example
 * useFlowSteps('credit_approval', 2)?.steps.get('director')?.name // { 'zh-CN': '销售总监', en: 'Sales director' }
 */
function useFlowSteps(flowId: string, version: number): { readonly steps: ReadonlyMap<string, FlowStep>; readonly scored: boolean } | undefined {
  const [flow] = useLoad(async () => {
    const body = (await api.version<FlowDefinition>('flow', flowId, version)).body;
    return { steps: flowSteps(body), scored: body.scorecard !== undefined };
  }, [flowId, version]);
  if (flow.status === 'loading') return undefined;
  return flow.status === 'ok' ? flow.value : { steps: NO_STEPS, scored: false };
}

const REASONS = ['no_approver', 'no_admin', 'timeout'] as const;
const isReason = (r: string): r is (typeof REASONS)[number] => (REASONS as readonly string[]).includes(r);

/** An opinion set apart from the line, as a quote. */
const OPINION = { margin: '4px 0', padding: '4px 10px', borderLeft: '3px solid #d9d9d9', background: '#fafafa', whiteSpace: 'pre-wrap' } as const;

const TAG_COLORS = { running: 'processing', returned: 'warning', approved: 'success', rejected: 'error', withdrawn: 'default' } as const;

/** The status of an approval as a coloured tag. */
export function ApprovalStatus({ status }: { readonly status: ApprovalView['status'] }) {
  const { t } = useTranslation();
  return <Tag color={TAG_COLORS[status]} data-testid="approval-status">{t(`runtime.approvals.statuses.${status}`)}</Tag>;
}

/** What an approver changed, each field by its label and its new value as the record shows it. */
function Edits({ edits, fields }: { readonly edits: Readonly<Record<string, unknown>>; readonly fields: readonly FieldDefinition[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const words = useDisplayWords();
  const changes = Object.entries(edits).map(([id, value]) => {
    const field = fields.find((f) => f.id === id);
    return `${field?.label[lang] ?? id} → ${field === undefined ? String(value) : displayValue(field, value, lang, words)}`;
  });
  return <div data-testid="approval-edits">{t('runtime.approvals.edited', { changes: changes.join(lang === 'zh-CN' ? '；' : '; ') })}</div>;
}

/** What a line of the timeline names: the flow's steps, whether its conditions read a scorecard, the record's form. */
interface LineWords {
  readonly steps: ReadonlyMap<string, FlowStep>;
  readonly scored: boolean;
  readonly form: FormDefinition;
}

function Line({ item, view, words }: { readonly item: TimelineItem; readonly view: ApprovalView; readonly words: LineWords }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { steps, scored, form } = words;
  const person = (id: string) => view.people[id] ?? id;
  const node = (id: string) => steps.get(id)?.name[lang] ?? view.returnTargets.find((r) => r.id === id)?.name?.[lang] ?? id;
  const route = (id: string) => {
    const step = steps.get(id);
    return step === undefined ? node(id) : routeText(step, form, lang, scored ? { factLabel: (fact) => scoreFactLabel(fact, t) } : {});
  };
  const details = [
    item.users.length > 0 ? t('runtime.approvals.users', { users: item.users.map(person).join(lang === 'zh-CN' ? '、' : ', ') }) : undefined,
    item.where === undefined ? undefined : t(`runtime.approvals.where.${item.where}`),
    item.branchId === undefined ? undefined : t('runtime.approvals.branchTaken', { branch: route(item.branchId) }),
    item.to === undefined ? undefined : t('runtime.approvals.returnTo', { target: item.to === 'submitter' ? t('runtime.approvals.submitter') : node(item.to) }),
    item.reason === undefined ? undefined : isReason(item.reason) ? t(`runtime.approvals.reasons.${item.reason}`) : item.reason,
    item.outcome === undefined ? undefined : t(`runtime.approvals.statuses.${item.outcome}`),
  ].filter((x): x is string => x !== undefined);
  return (
    <div data-action={item.action}>
      <div className="heng-inline">
        <Typography.Text strong>{item.by === null ? t('runtime.approvals.system') : person(item.by)}</Typography.Text>
        <Typography.Text>{t(`runtime.approvals.actions.${item.action}`)}</Typography.Text>
        {item.nodeId !== undefined && <Tag>{node(item.nodeId)}</Tag>}
        {details.length > 0 && <Typography.Text type="secondary">{details.join(' · ')}</Typography.Text>}
      </div>
      {item.edits !== undefined && <Edits edits={item.edits} fields={form.fields} />}
      {item.comment !== undefined && <blockquote style={OPINION} data-testid="opinion">{item.comment}</blockquote>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(item.at, lang)}</Typography.Text>
    </div>
  );
}

/** The audit log of `view`, oldest first, ending with who it waits for while it runs; its record's `form` names what approvers changed and the conditions of the routes taken. */
export function ApprovalTimeline({ view, form }: { readonly view: ApprovalView; readonly form: FormDefinition }) {
  const { t } = useTranslation();
  const lang = useLang();
  const flow = useFlowSteps(view.flowId, view.flowVersion);
  // Not before its steps are named: the history would show their ids first.
  if (flow === undefined) return <Skeleton active title={false} paragraph={{ rows: 3 }} />;
  const words = { ...flow, form };
  const waiting = waitingFor(view.tasks).map((id) => view.people[id] ?? id);
  const items = timelineOf(view.history).map((item) => ({ key: item.key, color: item.tone, content: <Line item={item} view={view} words={words} /> }));
  if (view.current !== null && (view.status === 'running' || view.status === 'returned')) {
    items.push({
      key: 'waiting',
      color: 'gray',
      content: (
        <Typography.Text type="secondary">
          <ClockCircleOutlined /> {t('runtime.approvals.current', { node: view.current.nodeName[lang] })}
          {waiting.length > 0 && ` · ${waiting.join(lang === 'zh-CN' ? '、' : ', ')}`}
        </Typography.Text>
      ),
    });
  }
  return <Timeline items={items} data-testid="approval-timeline" />;
}

/** @module The approvals I submitted: returned ones (mine to change and resubmit, or withdraw) first, then those waiting, then those decided in the last 30 days; and those returned to me as the to-do tab lists them. */
import { Alert, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../format/date.js';
import { useLang } from '../i18n/use-lang.js';
import { EMPTY, RecordLink } from '../renderer/index.js';
import type { Loaded } from '../renderer/index.js';
import type { SubmittedItem } from './api.js';
import { WorkTable } from './common.js';
import { inboxPath } from './paths.js';

/** How a decided approval ended, in the colour the approval page gives it. */
const DECIDED = { approved: 'green', rejected: 'red', withdrawn: 'default' } as const;

/** Where one of my submissions is: returned to me, waiting at a node, or how it was decided. */
function Where({ item }: { readonly item: SubmittedItem }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (item.status === 'returned') return <Tag color="orange">{t('runtime.submitted.returned')}</Tag>;
  if (item.status === 'running') return <Tag color="blue">{t('runtime.submitted.waiting', { node: item.nodeName?.[lang] ?? EMPTY })}</Tag>;
  return <Tag color={DECIDED[item.status]}>{t(`runtime.approvals.statuses.${item.status}`)}</Tag>;
}

/** My submissions, open ones first, then those decided lately, each opening its approval (where I may resubmit or withdraw an open one). */
export function SubmittedList({ loaded, onRetry }: { readonly loaded: Loaded<readonly SubmittedItem[]>; readonly onRetry: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { appId = '' } = useParams();
  return (
    <WorkTable<SubmittedItem>
      loaded={loaded}
      onRetry={onRetry}
      rowKey="instanceId"
      testId="inbox-submitted"
      empty={t('runtime.submitted.empty')}
      columns={[
        { key: 'flow', title: t('runtime.inbox.flow'), render: (_, i) => <Link to={inboxPath(appId, i.instanceId)}>{i.flowName[lang]}</Link> },
        { key: 'record', title: t('runtime.inbox.record'), render: (_, i) => <RecordLink formId={i.formId} id={i.recordId} /> },
        {
          key: 'status',
          title: t('runtime.submitted.status'),
          render: (_, i) => <Where item={i} />,
        },
        { key: 'updated', title: t('runtime.submitted.updated'), render: (_, i) => formatDateTime(i.updatedAt, lang) },
        { key: 'act', title: '', render: (_, i) => <Link to={inboxPath(appId, i.instanceId)}>{t(i.status === 'returned' ? 'runtime.submitted.resubmit' : 'runtime.submitted.open')}</Link> },
      ]}
    />
  );
}

/** One returned approval: what and whose record, who sent it back, when and why, and the way to it. */
function Returned({ item }: { readonly item: SubmittedItem }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { appId = '' } = useParams();
  const back = item.returned;
  return (
    <List.Item data-instance={item.instanceId} actions={[<Link key="act" to={inboxPath(appId, item.instanceId)}>{t('runtime.submitted.resubmit')}</Link>]}>
      <List.Item.Meta
        title={
          <span className="heng-inline">
            {item.flowName[lang]} · {item.subject ?? <RecordLink formId={item.formId} id={item.recordId} />}
          </span>
        }
        description={
          back === null ? undefined : (
            <>
              {t('runtime.inbox.returnedBy', { who: back.by?.displayName ?? t('runtime.approvals.system'), time: formatDateTime(back.at, lang) })}
              {back.comment !== null && back.comment !== '' && <Typography.Paragraph style={{ margin: 0 }}>{t('runtime.inbox.returnedWhy', { comment: back.comment })}</Typography.Paragraph>}
            </>
          )
        }
      />
    </List.Item>
  );
}

/** The approvals returned to me, above the tasks waiting for me: each is mine to change and resubmit, or withdraw; nothing when none is. */
export function ReturnedToMe({ items }: { readonly items: readonly SubmittedItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="inbox-returned"
      title={t('runtime.inbox.returnedTitle', { count: items.length })}
      description={<List size="small" dataSource={[...items]} rowKey="instanceId" renderItem={(i) => <Returned item={i} />} />}
    />
  );
}

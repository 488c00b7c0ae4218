/** @module The approvals I submitted that are still open: returned ones (mine to change and resubmit, or withdraw) first. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../format/date.js';
import { useLang } from '../i18n/use-lang.js';
import { EMPTY, RecordLink, useLoad } from '../renderer/index.js';
import { runtimeApi } from './api.js';
import type { SubmittedItem } from './api.js';
import { WorkTable } from './common.js';
import { inboxPath } from './paths.js';

/** My open submissions, each opening its approval (where I may resubmit or withdraw it). */
export function SubmittedList() {
  const { t } = useTranslation();
  const lang = useLang();
  const { appId = '' } = useParams();
  const [items, reload] = useLoad(() => runtimeApi.submitted(), []);
  return (
    <WorkTable<SubmittedItem>
      loaded={items}
      onRetry={reload}
      rowKey="instanceId"
      testId="inbox-submitted"
      empty={t('runtime.submitted.empty')}
      columns={[
        { key: 'flow', title: t('runtime.inbox.flow'), render: (_, i) => <Link to={inboxPath(appId, i.instanceId)}>{i.flowName[lang]}</Link> },
        { key: 'record', title: t('runtime.inbox.record'), render: (_, i) => <RecordLink formId={i.formId} id={i.recordId} /> },
        {
          key: 'status',
          title: t('runtime.submitted.status'),
          render: (_, i) => (i.status === 'returned' ? <Tag color="orange">{t('runtime.submitted.returned')}</Tag> : <Tag color="blue">{t('runtime.submitted.waiting', { node: i.nodeName?.[lang] ?? EMPTY })}</Tag>),
        },
        { key: 'updated', title: t('runtime.submitted.updated'), render: (_, i) => formatDateTime(i.updatedAt, lang) },
        { key: 'act', title: '', render: (_, i) => <Link to={inboxPath(appId, i.instanceId)}>{t(i.status === 'returned' ? 'runtime.submitted.resubmit' : 'runtime.submitted.open')}</Link> },
      ]}
    />
  );
}

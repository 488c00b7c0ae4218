/** @module My inbox: the approval tasks waiting for me, the tasks rules gave me, the approvals I submitted, and the approval tasks done. */
import { Card, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../format/date.js';
import { useLang } from '../i18n/use-lang.js';
import { EMPTY, RecordLink, useLoad } from '../renderer/index.js';
import { runtimeApi } from './api.js';
import type { InboxItem } from './api.js';
import { WorkTable } from './common.js';
import { MyTasks } from './my-tasks.js';
import { inboxPath } from './paths.js';
import { SubmittedList } from './submitted-list.js';

function Tasks({ which }: { readonly which: 'open' | 'done' }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { appId = '' } = useParams();
  const [items, reload] = useLoad(() => runtimeApi.inbox(which), [which]);
  return (
    <WorkTable<InboxItem>
      loaded={items}
      onRetry={reload}
      rowKey="taskId"
      testId={`inbox-${which}`}
      empty={t(which === 'open' ? 'runtime.inbox.empty' : 'runtime.inbox.emptyDone')}
      columns={[
        { key: 'flow', title: t('runtime.inbox.flow'), render: (_, i) => <Link to={inboxPath(appId, i.instanceId)}>{i.flowName[lang]}</Link> },
        { key: 'node', title: t('runtime.inbox.node'), render: (_, i) => i.nodeName[lang] },
        { key: 'record', title: t('runtime.inbox.record'), render: (_, i) => <RecordLink formId={i.formId} id={i.recordId} /> },
        { key: 'submitter', title: t('runtime.inbox.submitter'), render: (_, i) => i.submitter?.displayName ?? EMPTY },
        { key: 'received', title: t('runtime.inbox.received'), render: (_, i) => formatDateTime(i.createdAt, lang) },
        which === 'open'
          ? { key: 'deadline', title: t('runtime.inbox.deadline'), render: (_, i) => (i.deadline === null ? EMPTY : formatDateTime(i.deadline, lang)) }
          : { key: 'outcome', title: t('runtime.inbox.done'), render: (_, i) => (i.outcome === null ? EMPTY : <Tag>{isOutcome(i.outcome) ? t(`runtime.inbox.outcomes.${i.outcome}`) : i.outcome}</Tag>) },
        { key: 'act', title: '', render: (_, i) => <Link to={inboxPath(appId, i.instanceId)}>{t('runtime.inbox.act')}</Link> },
      ]}
    />
  );
}

/** How a task closed: its holder's decision, or why it closed without them (server: approvals/effects.ts). */
const OUTCOMES = ['approved', 'rejected', 'returned', 'transferred', 'escalated', 'decided', 'suspended', 'timeout', 'closed'] as const;
const isOutcome = (o: string): o is (typeof OUTCOMES)[number] => (OUTCOMES as readonly string[]).includes(o);

/** `/apps/:appId/inbox`. */
export function InboxPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string>('open');
  return (
    <Card title={t('runtime.inbox.title')}>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'open', label: t('runtime.inbox.open'), children: <Tasks which="open" /> },
          { key: 'tasks', label: t('runtime.tasks.tab'), children: <MyTasks /> },
          { key: 'submitted', label: t('runtime.submitted.tab'), children: <SubmittedList /> },
          { key: 'done', label: t('runtime.inbox.done'), children: <Tasks which="done" /> },
        ]}
      />
    </Card>
  );
}

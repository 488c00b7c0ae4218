/** @module My inbox: the approval tasks waiting for me and the approvals returned to me, the tasks rules gave me, the approvals I submitted, and the approval tasks done; each tab counts what waits for me. */
import { Badge, Card, Tabs, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../format/date.js';
import { useLang } from '../i18n/use-lang.js';
import { EMPTY, RecordLink, useLoad } from '../renderer/index.js';
import type { Loaded } from '../renderer/index.js';
import { runtimeApi } from './api.js';
import type { InboxItem } from './api.js';
import { WorkTable } from './common.js';
import { MyTasks } from './my-tasks.js';
import { inboxPath } from './paths.js';
import { ReturnedToMe, SubmittedList } from './submitted-list.js';

/** What a {@link Tasks} table shows: open or done tasks, as loaded, and what it says when there are none. */
interface TasksProps {
  readonly which: 'open' | 'done';
  readonly loaded: Loaded<readonly InboxItem[]>;
  readonly onRetry: () => void;
  readonly empty: string;
}

function Tasks({ which, loaded, onRetry, empty }: TasksProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { appId = '' } = useParams();
  return (
    <WorkTable<InboxItem>
      loaded={loaded}
      onRetry={onRetry}
      rowKey="taskId"
      testId={`inbox-${which}`}
      empty={empty}
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

/** The approval tasks I closed, or that closed without me, loaded when their tab opens. */
function DoneTasks() {
  const { t } = useTranslation();
  const [items, reload] = useLoad(() => runtimeApi.inbox('done'), []);
  return <Tasks which="done" loaded={items} onRetry={reload} empty={t('runtime.inbox.emptyDone')} />;
}

/** How a task closed: its holder's decision, or why it closed without them (server: approvals/effects.ts). */
const OUTCOMES = ['approved', 'rejected', 'returned', 'transferred', 'escalated', 'decided', 'suspended', 'timeout', 'closed'] as const;
const isOutcome = (o: string): o is (typeof OUTCOMES)[number] => (OUTCOMES as readonly string[]).includes(o);

/** A tab's name with how many of its items wait for me (nothing shown for none). */
function Counted({ label, count, title, testId }: { readonly label: string; readonly count: number; readonly title: string; readonly testId: string }) {
  return (
    <span className="heng-inline">
      {label}
      <Badge count={count} size="small" title={title} data-testid={testId} />
    </span>
  );
}

/** `/apps/:appId/inbox`. */
export function InboxPage() {
  const { t } = useTranslation();
  const [chosen, setTab] = useState<string>();
  // Loaded here, not by their tabs: the to-do tab also lists my returned approvals, and both tabs count them.
  const [open, reloadOpen] = useLoad(() => runtimeApi.inbox('open'), []);
  const [submitted, reloadSubmitted] = useLoad(() => runtimeApi.submitted(), []);
  const [tasks, reloadTasks] = useLoad(() => runtimeApi.tasks('open'), []);
  const returned = submitted.status === 'ok' ? submitted.value.filter((i) => i.status === 'returned') : [];
  const toDo = (open.status === 'ok' ? open.value.length : 0) + returned.length;
  const openTasks = tasks.status === 'ok' ? tasks.value.length : 0;
  // Once all three first load, unless a tab was picked: my tasks when nothing else waits for me but
  // they do, else what waits for my decision. Decided once, so a reload (a task marked done) keeps it.
  const settled = open.status === 'ok' && submitted.status === 'ok' && tasks.status === 'ok';
  useEffect(() => {
    if (settled) setTab((t) => t ?? (toDo === 0 && openTasks > 0 ? 'tasks' : 'open'));
  }, [settled, toDo, openTasks]);
  const tab = chosen ?? 'open';
  return (
    <Card title={t('runtime.inbox.title')}>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          {
            key: 'open',
            label: <Counted label={t('runtime.inbox.open')} count={toDo} title={t('runtime.inbox.openCount', { count: toDo })} testId="inbox-open-count" />,
            children: (
              <div className="heng-stack">
                <ReturnedToMe items={returned} />
                <Tasks which="open" loaded={open} onRetry={reloadOpen} empty={t(returned.length > 0 ? 'runtime.inbox.emptyTasks' : 'runtime.inbox.empty')} />
              </div>
            ),
          },
          {
            key: 'tasks',
            label: <Counted label={t('runtime.tasks.tab')} count={openTasks} title={t('runtime.tasks.openCount', { count: openTasks })} testId="inbox-tasks-count" />,
            children: <MyTasks open={tasks} onChanged={reloadTasks} />,
          },
          {
            key: 'submitted',
            label: <Counted label={t('runtime.submitted.tab')} count={returned.length} title={t('runtime.submitted.returnedCount', { count: returned.length })} testId="inbox-returned-count" />,
            children: <SubmittedList loaded={submitted} onRetry={reloadSubmitted} />,
          },
          { key: 'done', label: t('runtime.inbox.done'), children: <DoneTasks /> },
        ]}
      />
    </Card>
  );
}

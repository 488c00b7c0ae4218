/** @module The tasks rules gave me or my roles: open ones by due date, each marked done from the list or from its record; done ones with who closed them, a person or a rule (and why). */
import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Segmented, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors.js';
import { formatDate, formatDateTime } from '../format/date.js';
import { useLang } from '../i18n/use-lang.js';
import { asApiError, EMPTY, RecordLink, todayInChina, useDisplayWords, useLoad } from '../renderer/index.js';
import type { Loaded } from '../renderer/index.js';
import { ADMIN_ROLE } from '../session/session.js';
import { runtimeApi } from './api.js';
import type { TaskItem } from './api.js';
import { useRoleName, WorkTable } from './common.js';

/** Whether `task` is mine to close: given to me, to one of my roles, or I am an admin. */
export function isMine(task: Pick<TaskItem, 'assigneeUser' | 'assigneeRole'>, me: { readonly userId: string | undefined; readonly roles: readonly string[] }): boolean {
  return me.roles.includes(ADMIN_ROLE) || (task.assigneeUser !== null && task.assigneeUser === me.userId) || (task.assigneeRole !== null && me.roles.includes(task.assigneeRole));
}

/** Marks `taskId` done, then calls `onDone`; a failure is shown, not thrown. */
export function TaskDoneButton({ taskId, onDone }: { readonly taskId: string; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const done = async () => {
    setBusy(true);
    try {
      await runtimeApi.completeTask(taskId);
      void message.success(t('runtime.tasks.doneOk'));
      onDone();
    } catch (e) {
      void message.error(errorText(asApiError(e), lang));
    } finally {
      setBusy(false);
    }
  };
  // Asked first: a task done leaves the list for good, and one click too many should not close someone's work.
  return (
    <Popconfirm title={t('runtime.tasks.confirmDone')} description={t('runtime.tasks.confirmDoneHint')} okText={t('runtime.tasks.markDone')} cancelText={t('common.cancel')} onConfirm={() => void done()}>
      <Button size="small" icon={<CheckOutlined />} loading={busy} data-testid={`task-done-${taskId}`}>
        {t('runtime.tasks.markDone')}
      </Button>
    </Popconfirm>
  );
}

/** Who a task is for: a person by name, or a role by its name. */
export function useAssigneeName(): (task: Pick<TaskItem, 'assigneeUser' | 'assigneeRole'>) => string {
  const words = useDisplayWords();
  const roleName = useRoleName();
  return (task) => (task.assigneeUser !== null ? words.userName(task.assigneeUser) : roleName(task.assigneeRole ?? ''));
}

/**
 * My tasks: the open ones soonest due first (`open`, as the inbox read them to count them; `onChanged`
 * has it read them again, on a retry or a task marked done), or the done ones, read when asked for.
 */
export function MyTasks({ open, onChanged }: { readonly open: Loaded<readonly TaskItem[]>; readonly onChanged: () => void }) {
  const { t } = useTranslation();
  const [which, setWhich] = useState<'open' | 'done'>('open');
  return (
    <div className="heng-stack">
      <Segmented<'open' | 'done'>
        size="small"
        value={which}
        onChange={setWhich}
        options={[{ value: 'open', label: t('runtime.tasks.open') }, { value: 'done', label: t('runtime.tasks.done') }]}
        data-testid="my-tasks-which"
      />
      {which === 'open' ? <TasksTable which="open" tasks={open} onChanged={onChanged} /> : <DoneTasks />}
    </div>
  );
}

/** The tasks I closed, or rules closed, last done first. */
function DoneTasks() {
  const [tasks, reload] = useLoad(() => runtimeApi.tasks('done'), []);
  return <TasksTable which="done" tasks={tasks} onChanged={reload} />;
}

/** Open tasks by due date, each to mark done; or done ones with who closed each: a person, or a rule and why. */
function TasksTable({ which, tasks, onChanged: reload }: { readonly which: 'open' | 'done'; readonly tasks: Loaded<readonly TaskItem[]>; readonly onChanged: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const words = useDisplayWords();
  const assignee = useAssigneeName();
  const today = todayInChina();
  const closedBy = (task: TaskItem) =>
    task.closeReason !== null ? t('runtime.tasks.closedByRule', { reason: task.closeReason[lang] }) : task.doneBy === null ? EMPTY : words.userName(task.doneBy);
  const open = which === 'open';
  return (
    <WorkTable<TaskItem>
      loaded={tasks}
      onRetry={reload}
      rowKey="id"
      testId="my-tasks"
      empty={t(open ? 'runtime.tasks.empty' : 'runtime.tasks.emptyDone')}
      columns={[
        { key: 'title', title: t('runtime.tasks.title'), render: (_, task) => task.title[lang] },
        { key: 'record', title: t('runtime.inbox.record'), render: (_, task) => <RecordLink formId={task.formId} id={task.recordId} /> },
        open
          ? {
              key: 'due',
              title: t('runtime.tasks.due'),
              render: (_, task) => (
                <>
                  {formatDate(task.dueDate, lang)} {task.dueDate < today && <Tag color="red">{t('runtime.tasks.overdue')}</Tag>}
                </>
              ),
            }
          : { key: 'doneAt', title: t('runtime.tasks.doneAt'), render: (_, task) => (task.doneAt === null ? EMPTY : formatDateTime(task.doneAt, lang)) },
        { key: 'assignee', title: t('runtime.tasks.assignee'), render: (_, task) => assignee(task) },
        open
          ? { key: 'act', title: '', fixed: 'right', render: (_, task) => <TaskDoneButton taskId={task.id} onDone={reload} /> }
          : { key: 'closedBy', title: t('runtime.tasks.closedBy'), render: (_, task) => <span data-testid={`task-closed-by-${task.id}`}>{closedBy(task)}</span> },
      ]}
    />
  );
}

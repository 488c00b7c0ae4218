/** @module The tasks rules gave me or my roles: listed by due date, each marked done from the list or from its record. */
import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors.js';
import { formatDate } from '../format/date.js';
import { useLang } from '../i18n/use-lang.js';
import { asApiError, RecordLink, todayInChina, useDisplayWords, useLoad } from '../renderer/index.js';
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
  return (
    <Button size="small" icon={<CheckOutlined />} loading={busy} onClick={() => void done()} data-testid={`task-done-${taskId}`}>
      {t('runtime.tasks.markDone')}
    </Button>
  );
}

/** Who a task is for: a person by name, or a role by its name. */
export function useAssigneeName(): (task: Pick<TaskItem, 'assigneeUser' | 'assigneeRole'>) => string {
  const words = useDisplayWords();
  const roleName = useRoleName();
  return (task) => (task.assigneeUser !== null ? words.userName(task.assigneeUser) : roleName(task.assigneeRole ?? ''));
}

/** My open tasks, soonest due first. */
export function MyTasks() {
  const { t } = useTranslation();
  const lang = useLang();
  const assignee = useAssigneeName();
  const [tasks, reload] = useLoad(() => runtimeApi.tasks('open'), []);
  const today = todayInChina();
  return (
    <WorkTable<TaskItem>
      loaded={tasks}
      onRetry={reload}
      rowKey="id"
      testId="my-tasks"
      empty={t('runtime.tasks.empty')}
      columns={[
        { key: 'title', title: t('runtime.tasks.title'), render: (_, task) => task.title[lang] },
        { key: 'record', title: t('runtime.inbox.record'), render: (_, task) => <RecordLink formId={task.formId} id={task.recordId} /> },
        {
          key: 'due',
          title: t('runtime.tasks.due'),
          render: (_, task) => (
            <>
              {formatDate(task.dueDate, lang)} {task.dueDate < today && <Tag color="red">{t('runtime.tasks.overdue')}</Tag>}
            </>
          ),
        },
        { key: 'assignee', title: t('runtime.tasks.assignee'), render: (_, task) => assignee(task) },
        { key: 'act', title: '', fixed: 'right', render: (_, task) => <TaskDoneButton taskId={task.id} onDone={reload} /> },
      ]}
    />
  );
}

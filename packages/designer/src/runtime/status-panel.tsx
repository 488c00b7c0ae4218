/** @module What rules left on a record: its flags, open tasks (mine marked done here) and freezes, each with the rule that set it. */
import type { LocalizedText } from '@heng/engine';
import { Descriptions, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../format/date.js';
import type { Lang } from '../i18n/language.js';
import { useLang } from '../i18n/use-lang.js';
import { useLoad } from '../renderer/index.js';
import { runtimeApi } from './api.js';
import { useMe, WhenLoaded } from './common.js';
import { isMine, TaskDoneButton, useAssigneeName } from './my-tasks.js';

const textIn = (text: Partial<LocalizedText>, lang: Lang): string => text[lang] ?? text.en ?? text['zh-CN'] ?? '';

/** The status tab of a record page. */
export function StatusPanel({ formId, recordId }: { readonly formId: string; readonly recordId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const assignee = useAssigneeName();
  const [status, reload] = useLoad(() => runtimeApi.status(formId, recordId), [formId, recordId]);
  const rule = (x: { readonly rule: string; readonly ruleSet: string }) => <Typography.Text type="secondary">{t('runtime.status.byRule', x)}</Typography.Text>;
  return (
    <WhenLoaded loaded={status} onRetry={reload}>
      {(s) =>
        s.flags.length + s.tasks.length + s.freezes.length === 0 ? (
          <Empty description={t('runtime.status.none')} />
        ) : (
          <Descriptions column={1} bordered size="small" data-testid="record-status">
            <Descriptions.Item label={t('runtime.status.flags')}>
              {s.flags.map((f) => (
                <div key={f.flag}>
                  <Tag color="red">{f.flag}</Tag> {rule(f)}
                </div>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label={t('runtime.status.tasks')}>
              <List
                size="small"
                dataSource={[...s.tasks]}
                renderItem={(task) => (
                  <List.Item key={task.id} actions={isMine(task, me) ? [<TaskDoneButton key="done" taskId={task.id} onDone={reload} />] : []}>
                    {textIn(task.title, lang)} · {t('runtime.status.due', { date: formatDate(task.dueDate, lang) })} · {t('runtime.status.assignee', { who: assignee(task) })} · {rule(task)}
                  </List.Item>
                )}
              />
            </Descriptions.Item>
            <Descriptions.Item label={t('runtime.status.freezes')}>
              {s.freezes.map((f) => (
                <div key={f.scope}>
                  <Tag color="orange">{f.scope}</Tag> {textIn(f.reason, lang)} · {formatDateTime(f.createdAt, lang)} · {rule(f)}
                </div>
              ))}
            </Descriptions.Item>
          </Descriptions>
        )
      }
    </WhenLoaded>
  );
}

/** @module What rules and the score left on a record: its flags (the score's too), open tasks (mine marked done here) and freezes, each with the rule or scorecard that set it. */
import type { FreezeScope, LocalizedText } from '@heng/engine';
import { Descriptions, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../format/date.js';
import type { Lang } from '../i18n/language.js';
import { useLang } from '../i18n/use-lang.js';
import { useMe, WhenLoaded } from './common.js';
import type { RecordFacts } from './record-summary.js';
import { isMine, TaskDoneButton, useAssigneeName } from './my-tasks.js';
import { useRuleNames } from './rule-names.js';
import type { RuleRef } from './rule-names.js';
import { flagLabel } from './score-words.js';

const textIn = (text: Partial<LocalizedText>, lang: Lang): string => text[lang] ?? text.en ?? text['zh-CN'] ?? '';

/** The status tab of a record page, of the status and score the page loaded; `onChanged` reloads the status (a task marked done). */
export function StatusPanel({ facts, onChanged: reload }: { readonly facts: RecordFacts; readonly onChanged: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const assignee = useAssigneeName();
  // The flags the record's score raised stand beside the rules' (a record without a score, or whose score cannot be read, has none).
  const scored = facts.score.status === 'ok' ? facts.score.value : undefined;
  const score = { flags: scored?.score.flags ?? [], card: scored?.card };
  const named = useRuleNames();
  const rule = (x: RuleRef) => <Typography.Text type="secondary">{t('runtime.status.byRule', { ...named(x) })}</Typography.Text>;
  return (
    <WhenLoaded loaded={facts.status} onRetry={reload}>
      {(s) =>
        s.flags.length + score.flags.length + s.tasks.length + s.freezes.length === 0 ? (
          <Empty description={t('runtime.status.none')} />
        ) : (
          <Descriptions column={1} bordered size="small" data-testid="record-status">
            <Descriptions.Item label={t('runtime.status.flags')}>
              {s.flags.map((f) => (
                <div key={f.flag}>
                  <Tag color="red">{flagLabel(score.card, f.flag, lang, f.label)}</Tag> {rule(f)}
                </div>
              ))}
              {score.flags.filter((flag) => !s.flags.some((f) => f.flag === flag)).map((flag) => (
                <div key={`score:${flag}`} data-score-flag={flag}>
                  <Tag color="red">{flagLabel(score.card, flag, lang)}</Tag>{' '}
                  <Typography.Text type="secondary">{t('runtime.status.byScorecard', { scorecard: score.card?.name[lang] ?? '' })}</Typography.Text>
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
                  <Tag color="orange">{t(`ruleEditor.actions.scopes.${f.scope as FreezeScope}`)}</Tag> {textIn(f.reason, lang)} · {formatDateTime(f.createdAt, lang)} · {rule(f)}
                </div>
              ))}
            </Descriptions.Item>
          </Descriptions>
        )
      }
    </WhenLoaded>
  );
}

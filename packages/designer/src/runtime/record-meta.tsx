/** @module The line under a record's title: who created it and when, and who or what changed it last (a person, or the rules their write set off), with how many versions its history keeps. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format/date.js';
import { useLang } from '../i18n/use-lang.js';
import { useDisplayWords } from '../renderer/index.js';
import type { Loaded, RecordView } from '../renderer/index.js';
import type { RevisionView } from './api.js';
import { writerOf } from './revisions.js';
import { useRuleNames } from './rule-names.js';

/**
 * Created by whom and when; then, once changed, by whom or by which rules last (rules writing at
 * its creation are not its creator changing it) and how many versions its history keeps. Who last
 * changed it waits for its `revisions`; they cannot be read: the person the record names.
 */
export function RecordMeta({ record, revisions }: { readonly record: RecordView; readonly revisions: Loaded<readonly RevisionView[]> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const words = useDisplayWords();
  const named = useRuleNames();
  const who = (user: string | null) => (user === null ? t('runtime.approvals.system') : words.userName(user));
  const created = t('runtime.record.createdBy', { user: who(record.createdBy), time: formatDateTime(record.createdAt, lang) });
  const time = formatDateTime(record.updatedAt, lang);
  const writer = revisions.status === 'ok' ? writerOf(revisions.value, record.revision) : undefined;
  const last =
    record.revision === 1 || revisions.status === 'loading'
      ? undefined
      : writer !== undefined && 'rules' in writer
        ? t('runtime.record.written', { time, rules: writer.rules.map((r) => t('runtime.status.byRule', { ...named(r) })).join(t('runtime.history.separator')) })
        : t('runtime.record.changed', { time, user: who(writer?.user ?? record.updatedBy) });
  return (
    <Typography.Paragraph type="secondary" data-testid="record-meta">
      {[created, ...(last === undefined ? [] : [last, t('runtime.record.versions', { count: record.revision })])].join(' · ')}
    </Typography.Paragraph>
  );
}

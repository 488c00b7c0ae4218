/** @module A record's revision history: each revision, who made it and when (and the rules that wrote it, set off by that person), and the fields it changed from what to what. */
import { compileForm } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { Table, Tag, Timeline, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format/date.js';
import { useLang } from '../i18n/use-lang.js';
import { useDisplayWords, ValueView } from '../renderer/index.js';
import type { Loaded } from '../renderer/index.js';
import type { RevisionView } from './api.js';
import { useMe, WhenLoaded } from './common.js';
import { changesOf } from './revisions.js';
import { useRuleNames } from './rule-names.js';
import type { FieldChange } from './revisions.js';

const ACTION_COLORS = { create: 'green', update: 'blue', delete: 'red' } as const;

/** The history tab of a record page, of the revisions the page loaded, newest first. */
export function RevisionsPanel({ form, loaded: revisions, onRetry: reload }: { readonly form: FormDefinition; readonly loaded: Loaded<readonly RevisionView[]>; readonly onRetry: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const words = useDisplayWords();
  const { roles } = useMe();
  const fields = useMemo(() => {
    const access = compileForm(form).accessFor(roles);
    return form.fields.filter((f) => access[f.id] !== 'hidden');
  }, [form, roles]);
  const named = useRuleNames();
  return (
    <WhenLoaded loaded={revisions} onRetry={reload}>
      {(items) => (
        <Timeline
          data-testid="revisions"
          items={items
            .map((rev, i) => ({ rev, changes: changesOf(items[i - 1]?.data ?? {}, rev.data, fields) }))
            .reverse()
            .map(({ rev, changes }) => ({
              key: rev.revision,
              color: ACTION_COLORS[rev.action],
              content: (
                <div className="heng-stack" style={{ gap: 6 }}>
                  <div className="heng-inline">
                    <Tag color={ACTION_COLORS[rev.action]}>{t(`runtime.history.actions.${rev.action}`)}</Tag>
                    <Typography.Text strong>{t('runtime.history.revision', { revision: rev.revision })}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t('runtime.history.by', { user: rev.changedBy === null ? t('runtime.approvals.system') : words.userName(rev.changedBy), time: formatDateTime(rev.changedAt, lang) })} · {t('runtime.history.formVersion', { version: rev.formVersion })}
                    </Typography.Text>
                    {rev.changedVia != null && rev.changedVia.length > 0 && (
                      // A rule's write: set off by the person named, not typed by them.
                      <Tag color="purple" data-testid="revision-by-rule">
                        {t('runtime.history.byRules', { rules: rev.changedVia.map((r) => t('runtime.status.byRule', { ...named(r) })).join(t('runtime.history.separator')) })}
                      </Tag>
                    )}
                  </div>
                  {changes.length === 0 ? (
                    <Typography.Text type="secondary">{t('runtime.history.nothing')}</Typography.Text>
                  ) : (
                    <Table<FieldChange>
                      size="small"
                      pagination={false}
                      tableLayout="fixed"
                      rowKey={(c) => c.field.id}
                      dataSource={changes}
                      columns={[
                        { key: 'field', title: t('runtime.history.field'), width: 180, render: (_, c) => c.field.label[lang] },
                        // A created record had nothing before: its values alone are shown.
                        ...(rev.action === 'create' ? [] : [{ key: 'before', title: t('runtime.history.before'), render: (_: unknown, c: FieldChange) => <ValueView field={c.field} value={c.before} words={words} /> }]),
                        { key: 'after', title: t(rev.action === 'create' ? 'runtime.history.value' : 'runtime.history.after'), render: (_, c) => <ValueView field={c.field} value={c.after} words={words} /> },
                      ]}
                    />
                  )}
                </div>
              ),
            }))}
        />
      )}
    </WhenLoaded>
  );
}

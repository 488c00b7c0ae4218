/** @module A stored value shown read-only: formatted text, users by name, references as links, sub-tables as tables. */
import type { FieldDefinition, SubTableField } from '@heng/engine';
import { Table, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import { loadRuleSets, loadUsers } from './data.js';
import { displayValue, EMPTY } from './display-value.js';
import type { DisplayWords } from './display-value.js';
import { LOADING_NAME, RecordLink } from './pickers.js';
import { useLoad } from './use-load.js';

/** A user's id (a UUID): what a text lookup copying a user holds, and no one's company name. */
const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The words display needs in the current language, with users named once they are loaded (an
 * ellipsis until then rather than their ids; other text as it is).
 *
 * @example
 * const words = useDisplayWords(); displayValue(field, v, lang, words)
 */
export function useDisplayWords(): DisplayWords {
  const { t } = useTranslation();
  const lang = useLang();
  const [users] = useLoad(loadUsers, []);
  const [sets] = useLoad(loadRuleSets, []);
  const names = useMemo(() => new Map(users.status === 'ok' ? users.value.map((u) => [u.id, u.displayName]) : []), [users]);
  // A scheduled rule set writes as `ruleset:<id>`: named by its name once the rule sets are loaded.
  const userName = useCallback(
    (id: string) => {
      if (users.status === 'loading' && USER_ID.test(id)) return LOADING_NAME;
      if (names.has(id) || !id.startsWith('ruleset:')) return names.get(id) ?? id;
      const setId = id.slice('ruleset:'.length);
      return t('runtime.form.byRuleSet', { id: (sets.status === 'ok' ? sets.value.get(setId)?.name[lang] : undefined) ?? setId });
    },
    [users.status, names, sets, lang, t],
  );
  return useMemo(() => ({ yes: t('common.yes'), no: t('common.no'), rows: (count: number) => t('runtime.form.rows', { count }), userName }), [t, userName]);
}

function SubTableView({ field, rows, words }: { readonly field: SubTableField; readonly rows: readonly Record<string, unknown>[]; readonly words: DisplayWords }) {
  const lang = useLang();
  const { t } = useTranslation();
  return (
    <Table<Record<string, unknown> & { _n: number }>
      size="small"
      pagination={false}
      rowKey="_n"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('runtime.form.noRows') }}
      dataSource={rows.map((r, i) => ({ ...r, _n: i + 1 }))}
      columns={[
        { title: '#', dataIndex: '_n', width: 48 },
        ...field.columns.map((c) => ({ key: c.id, title: c.label[lang], render: (_: unknown, r: Record<string, unknown>) => <ValueView field={c} value={r[c.id]} words={words} /> })),
      ]}
    />
  );
}

/** One value of `field`; `words` come from {@link useDisplayWords}, called once by the page or table showing many values. */
export function ValueView({ field, value, words }: { readonly field: FieldDefinition; readonly value: unknown; readonly words: DisplayWords }) {
  const lang = useLang();
  if (field.type === 'sub_table' && Array.isArray(value) && value.length > 0) return <SubTableView field={field} rows={value as Record<string, unknown>[]} words={words} />;
  if (field.type === 'reference' && typeof value === 'string' && value !== '') return <RecordLink formId={field.target} id={value} />;
  const text = displayValue(field, value, lang, words);
  if (text === EMPTY) return <Typography.Text type="secondary">{EMPTY}</Typography.Text>;
  return <span style={field.type === 'long_text' ? { whiteSpace: 'pre-wrap' } : undefined}>{text}</span>;
}

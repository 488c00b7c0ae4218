/**
 * @module The records that point at this one (a customer's orders, receivables, payments and
 * credit applications): one table per reference field of a published form whose target is this
 * record's form, as far as the user may list them; shown when it has records or the user may
 * start one from here ("New credit application").
 */
import { compileForm } from '@heng/engine';
import { Empty, Flex, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { StoredRecord } from '../api/client.js';
import { useLang } from '../i18n/use-lang.js';
import { useDisplayWords, useLoad, ValueView } from '../renderer/index.js';
import { runtimeApi } from './api.js';
import { useMe, WhenLoaded } from './common.js';
import { ambiguous, mayStart } from './links.js';
import type { Link as FormLink } from './links.js';
import { listColumns, listQueryString } from './list-query.js';
import { recordPath } from './paths.js';
import { StartButton } from './start-buttons.js';

/** How many related records each table shows. */
const SHOWN = 20;

/** One form's records pointing at the record through one of its reference fields. */
interface Related extends FormLink {
  readonly items: readonly StoredRecord[];
  readonly more: boolean;
}

/** The newest records of each link pointing at `recordId` (a form the user may not list is left out). */
async function loadRelated(links: readonly FormLink[], recordId: string): Promise<Related[]> {
  const pages = await Promise.all(
    links.map(({ form, via }) =>
      runtimeApi.list(form.id, listQueryString({ filters: [{ field: via.id, op: 'eq', value: recordId }], limit: SHOWN })).then(
        (page) => ({ form, via, items: page.items, more: page.nextCursor !== null }),
        () => undefined,
      ),
    ),
  );
  return pages.filter((p): p is Related => p !== undefined);
}

function RelatedTable({ related, recordId, startable }: { readonly related: Related; readonly recordId: string; readonly startable: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const words = useDisplayWords();
  const { appId = '' } = useParams();
  const { roles } = useMe();
  const { form, via, items, more } = related;
  const access = useMemo(() => compileForm(form).accessFor(roles), [form, roles]);
  // The reference back to this record, and what it copies from it, say nothing here.
  const columns = listColumns(form, access).filter((f) => f.id !== via.id && !(f.type === 'lookup' && f.via === via.id));
  const linked = columns.find((f) => f.type !== 'reference' && f.type !== 'user')?.id;
  return (
    <div data-related={`${form.id}.${via.id}`}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {ambiguous(related) ? `${form.name[lang]} · ${via.label[lang]}` : form.name[lang]}{' '}
          <Typography.Text type="secondary">{t(more ? 'runtime.related.countMore' : 'runtime.related.count', { count: items.length })}</Typography.Text>
        </Typography.Title>
        {startable && <StartButton link={related} recordId={recordId} />}
      </Flex>
      <Table<StoredRecord>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        style={{ marginTop: 8 }}
        locale={{ emptyText: t('runtime.related.empty') }}
        dataSource={[...items]}
        columns={columns.map((f) => ({
          key: f.id,
          title: f.label[lang],
          render: (_: unknown, r: StoredRecord) => {
            const value = <ValueView field={f} value={r.data[f.id]} words={words} />;
            return f.id === linked ? <Link to={recordPath(appId, form.id, r.id)}>{value}</Link> : value;
          },
        }))}
      />
    </div>
  );
}

/** The related tab of a record page, over the `links` to its form. */
export function RelatedPanel({ links, record }: { readonly links: readonly FormLink[]; readonly record: { readonly id: string; readonly data: Readonly<Record<string, unknown>> } }) {
  const recordId = record.id;
  const { t } = useTranslation();
  const { roles } = useMe();
  const [related, reload] = useLoad(() => loadRelated(links, recordId), [links, recordId]);
  return (
    <WhenLoaded loaded={related} onRetry={reload}>
      {(list) => {
        const found = list.map((r) => ({ related: r, startable: mayStart(r, roles, record.data) })).filter((r) => r.startable || r.related.items.length > 0);
        return found.length === 0 ? (
          <Empty description={t('runtime.related.none')} />
        ) : (
          <div className="heng-stack" data-testid="related-panel">
            {found.map(({ related: r, startable }) => (
              <RelatedTable key={`${r.form.id}.${r.via.id}`} related={r} recordId={recordId} startable={startable} />
            ))}
          </div>
        );
      }}
    </WhenLoaded>
  );
}

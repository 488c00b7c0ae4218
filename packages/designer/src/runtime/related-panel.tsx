/**
 * @module The records that point at this one (a customer's orders, receivables, payments and
 * credit applications): one table per reference field of a published form whose target is this
 * record's form, as far as the user may list them.
 */
import { compileForm } from '@heng/engine';
import type { FormDefinition, ReferenceField } from '@heng/engine';
import { Empty, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/client.js';
import type { StoredRecord } from '../api/client.js';
import { useLang } from '../i18n/use-lang.js';
import { loadPublishedForm, useDisplayWords, useLoad, ValueView } from '../renderer/index.js';
import { runtimeApi } from './api.js';
import { useMe, WhenLoaded } from './common.js';
import { listColumns, listQueryString } from './list-query.js';
import { recordPath } from './paths.js';

/** How many related records each table shows. */
const SHOWN = 20;

/** One form's records pointing at the record through one of its reference fields. */
interface Related {
  readonly form: FormDefinition;
  readonly via: ReferenceField;
  readonly items: readonly StoredRecord[];
  readonly more: boolean;
}

/** The published forms' reference fields that target `formId`, and the newest records of each pointing at `recordId` (a form the user may not list is left out). */
async function loadRelated(formId: string, recordId: string): Promise<Related[]> {
  const published = (await api.definitions('form')).filter((d) => d.latestVersion !== null);
  const forms = (await Promise.all(published.map((d) => loadPublishedForm(d.id).then((p) => p.form, () => undefined)))).filter((f): f is FormDefinition => f !== undefined);
  const links = forms.flatMap((form) => form.fields.filter((f): f is ReferenceField => f.type === 'reference' && f.target === formId).map((via) => ({ form, via })));
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

function RelatedTable({ related }: { readonly related: Related }) {
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
  const several = form.fields.filter((f) => f.type === 'reference' && f.target === via.target).length > 1;
  return (
    <div data-related={`${form.id}.${via.id}`}>
      <Typography.Title level={5}>
        {several ? `${form.name[lang]} · ${via.label[lang]}` : form.name[lang]}{' '}
        <Typography.Text type="secondary">{t(more ? 'runtime.related.countMore' : 'runtime.related.count', { count: items.length })}</Typography.Text>
      </Typography.Title>
      <Table<StoredRecord>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
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

/** The related tab of a record page. */
export function RelatedPanel({ formId, recordId }: { readonly formId: string; readonly recordId: string }) {
  const { t } = useTranslation();
  const [related, reload] = useLoad(() => loadRelated(formId, recordId), [formId, recordId]);
  return (
    <WhenLoaded loaded={related} onRetry={reload}>
      {(list) => {
        const found = list.filter((r) => r.items.length > 0);
        return found.length === 0 ? (
          <Empty description={t('runtime.related.none')} />
        ) : (
          <div className="heng-stack" data-testid="related-panel">
            {found.map((r) => (
              <RelatedTable key={`${r.form.id}.${r.via.id}`} related={r} />
            ))}
          </div>
        );
      }}
    </WhenLoaded>
  );
}

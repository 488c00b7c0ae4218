/** @module A published form's records: columns from the form or the user's pick, filters by field kind, sort on a column, "load more" by keyset, CSV export. */
import { compileForm } from '@heng/engine';
import type { FieldDefinition } from '@heng/engine';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Typography } from 'antd';
import type { ColumnType, SorterResult, SortOrder } from 'antd/es/table/interface';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { routes } from '../api/client.js';
import type { ApiError } from '../api/client.js';
import { formatDateTime } from '../format/date.js';
import { useLang } from '../i18n/use-lang.js';
import { asApiError, loadPublishedForm, useDisplayWords, useLoad, ValueView } from '../renderer/index.js';
import type { PublishedForm, RecordView } from '../renderer/index.js';
import { runtimeApi } from './api.js';
import { LoadFailed, useMe, WhenLoaded } from './common.js';
import { useChosenColumns } from './chosen-columns.js';
import { ColumnChooser } from './column-chooser.js';
import { columnChoices, exportQueryString, filterableFields, isSortable, listColumns, listQueryString, sortParam } from './list-query.js';
import type { ListQuery } from './list-query.js';
import { newRecordPath, recordPath } from './paths.js';
import { RecordFilters } from './record-filters.js';
import type { FilterRow } from './record-filters.js';

const PAGE = 50;

/** `/apps/:appId/records/:formId`. */
export function RecordListPage() {
  const { formId = '' } = useParams();
  const [published, reload] = useLoad(() => loadPublishedForm(formId), [formId]);
  return (
    <WhenLoaded loaded={published} onRetry={reload}>
      {(p) => <RecordList key={`${formId}@${p.version}`} published={p} />}
    </WhenLoaded>
  );
}

interface Page {
  readonly items: readonly RecordView[];
  readonly next: string | null;
  readonly loading: boolean;
  readonly error?: ApiError;
}

function RecordList({ published: { form } }: { readonly published: PublishedForm }) {
  const { t } = useTranslation();
  const lang = useLang();
  const words = useDisplayWords();
  const { appId = '' } = useParams();
  const navigate = useNavigate();
  const { userId, roles } = useMe();
  const [chosen, choose] = useChosenColumns(userId, appId, form.id);
  const access = useMemo(() => compileForm(form).accessFor(roles), [form, roles]);
  const [filters, setFilters] = useState<readonly FilterRow[]>([]);
  const [sort, setSort] = useState<string>();
  const [query, setQuery] = useState<ListQuery>({ filters: [] });
  const [page, setPage] = useState<Page>({ items: [], next: null, loading: true });

  useEffect(() => {
    // Typing a filter value asks the server once the typing pauses.
    const timer = setTimeout(() => setQuery({ filters, sort }), 350);
    return () => clearTimeout(timer);
  }, [filters, sort]);

  // Only the answer to the latest request counts: a slower one for older filters is dropped.
  const latest = useRef(0);
  const load = (cursor: string | undefined, before: readonly RecordView[]) => {
    const round = ++latest.current;
    setPage((p) => ({ ...p, loading: true, error: undefined }));
    return runtimeApi.list(form.id, listQueryString({ ...query, limit: PAGE, cursor })).then(
      (found) => round === latest.current && setPage({ items: [...before, ...(found.items as RecordView[])], next: found.nextCursor, loading: false }),
      (e: unknown) => round === latest.current && setPage((p) => ({ ...p, loading: false, error: asApiError(e) })),
    );
  };
  useEffect(() => {
    void load(undefined, []);
    // `load` reads `query`, the one thing a new first page depends on.
  }, [query]);

  const columns = listColumns(form, access, chosen);
  const orderOf = (id: string): SortOrder => (sort === id ? 'ascend' : sort === `-${id}` ? 'descend' : null);
  const infoOf = new Map(filterableFields(form, access).map((f) => [f.id, f]));
  // The record opens from its first column that is not itself a link (to a referenced record or a user).
  const linked = columns.find((f) => f.type !== 'reference' && f.type !== 'user')?.id;
  const column = (f: FieldDefinition): ColumnType<RecordView> => ({
    key: f.id,
    title: f.label[lang],
    sorter: infoOf.get(f.id) !== undefined && isSortable(infoOf.get(f.id)!),
    sortOrder: orderOf(f.id),
    render: (_, r) => {
      const value = <ValueView field={f} value={r.data[f.id]} words={words} />;
      return f.id === linked ? <Link to={recordPath(appId, form.id, r.id)}>{value}</Link> : value;
    },
  });
  const chooseColumns = (ids: readonly string[] | undefined) => {
    // A list stays sorted only by a column it shows.
    const field = sort?.replace(/^-/, '');
    if (field !== undefined && !listColumns(form, access, ids).some((f) => f.id === field)) setSort(undefined);
    choose(ids);
  };

  return (
    <Card
      title={form.name[lang]}
      extra={
        <Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(newRecordPath(appId, form.id))}>
            {t('runtime.list.new')}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => void navigate(newRecordPath(appId, form.id, 'import'))}>
            {t('runtime.list.import')}
          </Button>
          <Button icon={<DownloadOutlined />} href={routes.exportCsv(form.id, exportQueryString(query))}>{t('runtime.list.export')}</Button>
          <ColumnChooser choices={columnChoices(form, access)} shown={columns.map((f) => f.id)} onChange={chooseColumns} />
        </Space>
      }
    >
      <div className="heng-stack">
        <RecordFilters form={form} fields={[...infoOf.values()]} filters={filters} onChange={setFilters} />
        {page.error !== undefined && <LoadFailed error={page.error} onRetry={() => void load(undefined, [])} />}
        <Table<RecordView>
          rowKey="id"
          size="middle"
          data-testid="record-list"
          pagination={false}
          loading={page.loading}
          scroll={{ x: 'max-content' }}
          dataSource={[...page.items]}
          locale={{ emptyText: query.filters.length > 0 ? t('runtime.list.emptyFiltered') : t('runtime.list.empty') }}
          onChange={(_p, _f, sorter) => {
            const s = sorter as SorterResult<RecordView>;
            setSort(typeof s.columnKey === 'string' ? sortParam(s.columnKey, s.order) : undefined);
          }}
          columns={[
            ...columns.map(column),
            { key: 'updatedAt', title: t('runtime.list.updatedAt'), render: (_: unknown, r: RecordView) => formatDateTime(r.updatedAt, lang) },
            { key: 'open', title: '', render: (_: unknown, r: RecordView) => <Link to={recordPath(appId, form.id, r.id)}>{t('runtime.list.open')}</Link> },
          ]}
        />
        <Space>
          <Typography.Text type="secondary">{t('runtime.list.shown', { count: page.items.length })}</Typography.Text>
          {page.next !== null && (
            <Button onClick={() => void load(page.next ?? undefined, page.items)} loading={page.loading}>
              {t('runtime.list.loadMore')}
            </Button>
          )}
        </Space>
      </div>
    </Card>
  );
}

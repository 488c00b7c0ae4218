/** @module A published form's records: columns from the form or the user's pick (fields, and each scorecard's score and grade), filters by field kind, sort on a column, "load more" by keyset, CSV export (with the scores shown). */
import { compileForm, mayDo } from '@heng/engine';
import type { FieldDefinition } from '@heng/engine';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import type { ColumnType, SorterResult, SortOrder } from 'antd/es/table/interface';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { routes } from '../api/client.js';
import type { ApiError } from '../api/client.js';
import { formatDateTime } from '../format/date.js';
import { formatNumber } from '../format/money.js';
import { useLang } from '../i18n/use-lang.js';
import { asApiError, EMPTY, loadPublishedForm, useDisplayWords, useLoad, ValueView } from '../renderer/index.js';
import type { PublishedForm } from '../renderer/index.js';
import { runtimeApi } from './api.js';
import type { ListedRecord } from './api.js';
import { LoadFailed, useMe, WhenLoaded } from './common.js';
import { useChosenColumns } from './chosen-columns.js';
import { ColumnChooser } from './column-chooser.js';
import { columnChoices, exportQueryString, filterableFields, isSortable, listQueryString, sortParam } from './list-query.js';
import { newRecordPath, recordPath } from './paths.js';
import { RecordFilters } from './record-filters.js';
import { columnTitle, isScoreColumn, scoreColumns, scoreFilters, scorecardsShown, shownColumns } from './score-columns.js';
import type { ListColumn, ScoreColumn } from './score-columns.js';
import { GradeTag } from './score-grade.js';
import { useListAddress } from './use-list-address.js';

const PAGE = 50;
/** The most records the records API gives in one answer. */
const MOST = 200;

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
  readonly items: readonly ListedRecord[];
  readonly next: string | null;
  readonly loading: boolean;
  readonly error?: ApiError;
}

/** A score column's cell: the total at the scorecard's precision, or the grade tag; "—" when the record is not scored, as an empty field reads. */
function ScoreCell({ column, record }: { readonly column: ScoreColumn; readonly record: ListedRecord }) {
  const lang = useLang();
  const score = record.scores?.[column.card.id];
  const none = <Typography.Text type="secondary">{EMPTY}</Typography.Text>;
  if (column.part === 'score') return score?.total == null ? none : <span>{formatNumber(score.total, lang, column.card.precision)}</span>;
  return score?.grade == null ? none : <GradeTag grade={score.grade} label={score.label} color={score.color} />;
}

function RecordList({ published: { form } }: { readonly published: PublishedForm }) {
  const { t } = useTranslation();
  const lang = useLang();
  const words = useDisplayWords();
  const { appId = '' } = useParams();
  const navigate = useNavigate();
  const { userId, roles } = useMe();
  // New and import only for roles the form's record permissions let create (the server refuses the others).
  const mayCreate = mayDo(form, 'create', roles);
  const [chosen, choose] = useChosenColumns(userId, appId, form.id);
  const access = useMemo(() => compileForm(form).accessFor(roles), [form, roles]);
  // The form's published scorecards; none while they load or when they cannot be read.
  const [cards] = useLoad(() => runtimeApi.scorecardsByForm(), []);
  const scores = useMemo(() => scoreColumns(cards.status === 'ok' ? (cards.value.get(form.id) ?? []).map((v) => v.body) : []), [cards, form.id]);
  // The scorecards settled (or failed): the address's score filters and sorts can be read.
  const settled = cards.status !== 'loading';
  // The form's own order to start with (the most overdue receivables first), unless its field is hidden from the user.
  const startSort = form.listSort !== undefined && access[form.listSort.replace(/^-/, '')] !== 'hidden' ? form.listSort : undefined;
  const infoOf = new Map(filterableFields(form, access).map((f) => [f.id, f]));
  const columns = shownColumns(form, access, scores, chosen);
  const sortsOn = (c: ListColumn): boolean => isScoreColumn(c) || (infoOf.get(c.id) !== undefined && isSortable(infoOf.get(c.id)!));
  const sortable = columns.filter(sortsOn).map((c) => c.id);
  // Filters and sort live in the address, so a reload, Back from a record or a shared link shows the same list.
  const { shown: query, key, rows, setRows, setSort, loaded, setLoaded } = useListAddress({ fields: [...infoOf.values(), ...scoreFilters(scores)], sortable, startSort }, PAGE);
  const sort = query.sort;
  const [page, setPage] = useState<Page>({ items: [], next: null, loading: true });

  // Only the answer to the latest request counts: a slower one for older filters is dropped.
  const latest = useRef(0);
  // The scores the shown columns need come with the records; showing another scorecard's reloads.
  const asked = scorecardsShown(columns);
  const scored = asked.join(',');
  // Records from `cursor` on after `before`, until there are `upTo` of them or no more: how many
  // the list then shows, or undefined when the load failed or a later one overtook it.
  const load = async (cursor: string | undefined, before: readonly ListedRecord[], upTo: number): Promise<number | undefined> => {
    const round = ++latest.current;
    setPage((p) => ({ ...p, loading: true, error: undefined }));
    let items = before;
    let next: string | null | undefined = cursor;
    try {
      do {
        const found = await runtimeApi.list(form.id, listQueryString({ ...query, scores: asked, limit: Math.min(MOST, upTo - items.length), cursor: next ?? undefined }));
        if (round !== latest.current) return undefined;
        items = [...items, ...(found.items as ListedRecord[])];
        next = found.nextCursor;
      } while (next !== null && items.length < upTo);
      setPage({ items, next, loading: false });
      return items.length;
    } catch (e: unknown) {
      if (round === latest.current) setPage((p) => ({ ...p, loading: false, error: asApiError(e) }));
      return undefined;
    }
  };
  useEffect(() => {
    // Back from a record brings back as many records as "load more" had.
    if (settled) void load(undefined, [], loaded);
    // `load` reads the address's query (`key`) and the scorecards shown, the things a new first page depends on.
  }, [key, scored, settled]);
  // The address notes the records shown once they are: a failed load leaves it as it was.
  const loadMore = () => void load(page.next ?? undefined, page.items, page.items.length + PAGE).then((shown) => shown !== undefined && setLoaded(shown));

  const orderOf = (id: string): SortOrder => (sort === id ? 'ascend' : sort === `-${id}` ? 'descend' : null);
  // The record opens from its first field column that is not itself a link (to a referenced record or a user).
  const linked = columns.find((c) => !isScoreColumn(c) && c.type !== 'reference' && c.type !== 'user')?.id;
  const fieldColumn = (f: FieldDefinition): ColumnType<ListedRecord> => ({
    render: (_, r) => {
      const value = <ValueView field={f} value={r.data[f.id]} words={words} />;
      return f.id === linked ? <Link to={recordPath(appId, form.id, r.id)}>{value}</Link> : value;
    },
  });
  const column = (c: ListColumn): ColumnType<ListedRecord> => ({
    key: c.id,
    title: columnTitle(c, lang, t),
    sortOrder: orderOf(c.id),
    sorter: sortsOn(c),
    ...(isScoreColumn(c) ? { render: (_: unknown, r: ListedRecord) => <ScoreCell column={c} record={r} /> } : fieldColumn(c)),
  });
  const chooseColumns = (ids: readonly string[] | undefined) => {
    // A list stays sorted only by a column it shows.
    const field = sort?.replace(/^-/, '');
    if (field !== undefined && !shownColumns(form, access, scores, ids).some((c) => c.id === field)) setSort(undefined);
    choose(ids);
  };
  const choices = [...columnChoices(form, access), ...scores].map((c) => ({ id: c.id, label: columnTitle(c, lang, t) }));

  return (
    <Card
      title={form.name[lang]}
      extra={
        <Space>
          {mayCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(newRecordPath(appId, form.id))}>
              {t('runtime.list.new')}
            </Button>
          )}
          {mayCreate && (
            <Button icon={<UploadOutlined />} onClick={() => void navigate(newRecordPath(appId, form.id, 'import'))}>
              {t('runtime.list.import')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} href={routes.exportCsv(form.id, exportQueryString({ ...query, scores: asked }, lang))}>{t('runtime.list.export')}</Button>
          <ColumnChooser choices={choices} shown={columns.map((c) => c.id)} onChange={chooseColumns} />
        </Space>
      }
    >
      <div className="heng-stack">
        {settled && query.ignored.length > 0 && <Alert type="warning" showIcon data-testid="list-address-ignored" message={t('runtime.list.addressIgnored', { params: query.ignored.join(', ') })} />}
        <RecordFilters form={form} fields={[...infoOf.values()]} scores={scores} filters={rows} onChange={setRows} />
        {page.error !== undefined && <LoadFailed error={page.error} onRetry={() => void load(undefined, [], loaded)} />}
        <Table<ListedRecord>
          rowKey="id"
          size="middle"
          data-testid="record-list"
          pagination={false}
          loading={page.loading}
          scroll={{ x: 'max-content' }}
          dataSource={[...page.items]}
          locale={{ emptyText: query.filters.length > 0 ? t('runtime.list.emptyFiltered') : t('runtime.list.empty') }}
          onChange={(_p, _f, sorter) => {
            const s = sorter as SorterResult<ListedRecord>;
            setSort(typeof s.columnKey === 'string' ? sortParam(s.columnKey, s.order) : undefined);
          }}
          columns={[
            ...columns.map(column),
            { key: 'updatedAt', title: t('runtime.list.updatedAt'), render: (_: unknown, r: ListedRecord) => formatDateTime(r.updatedAt, lang) },
            { key: 'open', title: '', render: (_: unknown, r: ListedRecord) => <Link to={recordPath(appId, form.id, r.id)}>{t('runtime.list.open')}</Link> },
          ]}
        />
        <Space>
          <Typography.Text type="secondary">{t('runtime.list.shown', { count: page.items.length })}</Typography.Text>
          {page.next !== null && (
            <Button onClick={loadMore} loading={page.loading}>
              {t('runtime.list.loadMore')}
            </Button>
          )}
        </Space>
      </div>
    </Card>
  );
}

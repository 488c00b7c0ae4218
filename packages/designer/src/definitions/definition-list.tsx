/** @module A section's definitions (forms, scorecards, rule sets or flows) with their status, each opening in its editor; “new”, and deleting one never published. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Table, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/client.js';
import type { DefinitionSummary } from '../api/definition-types.js';
import { definitionPath, kindOfSection } from '../app/navigation.js';
import type { DefinitionSection } from '../app/navigation.js';
import { formatDateTime } from '../format/date.js';
import { useLang } from '../i18n/use-lang.js';
import { errorText } from '../api/errors.js';
import { DeleteUnpublished } from './delete-unpublished.js';
import { NewDefinitionDialog } from './new-definition-dialog.js';
import { definitionStatus, displayName } from './status.js';
import { StatusTag } from './status-tag.js';

const NONE: readonly DefinitionSummary[] = [];

type Load = { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly error: unknown } | { readonly kind: 'ready'; readonly all: readonly DefinitionSummary[] };

/**
 * How many changes each published definition's draft has since its latest version, asked per
 * definition (the list does not say), filled in as the answers come.
 */
function useChanges(rows: readonly DefinitionSummary[]): ReadonlyMap<string, number> {
  const [changes, setChanges] = useState<ReadonlyMap<string, number>>(new Map());
  useEffect(() => {
    let live = true;
    for (const row of rows) {
      if (row.latestVersion === null) continue;
      api.diff(row.kind, row.id).then(
        (d) => live && setChanges((m) => new Map(m).set(row.id, d.changes.length)),
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, [rows]);
  return changes;
}

/** `/apps/:appId/{forms,scorecards,rulesets,flows}`. */
export function DefinitionList({ section }: { readonly section: DefinitionSection }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { appId = '' } = useParams();
  const kind = kindOfSection(section);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [creating, setCreating] = useState(false);

  const reload = useCallback(() => {
    let live = true;
    setLoad({ kind: 'loading' });
    api.definitions().then(
      (all) => live && setLoad({ kind: 'ready', all }),
      (error: unknown) => live && setLoad({ kind: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(reload, [reload]);

  const all = load.kind === 'ready' ? load.all : NONE;
  const rows = useMemo(() => all.filter((s) => s.kind === kind), [all, kind]);
  const changes = useChanges(rows);
  const open = (id: string) => definitionPath(appId, kind, id);

  const create = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} disabled={load.kind !== 'ready'} data-testid="definition-new">
      {t('definitions.list.create')}
    </Button>
  );
  return (
    <Card title={t(`nav.${section}`)} extra={create} data-testid={`definition-list-${section}`}>
      <Typography.Paragraph type="secondary">{t(`definitions.list.hint.${section}`)}</Typography.Paragraph>
      {load.kind === 'failed' ? (
        <Alert
          type="error"
          showIcon
          title={t('definitions.list.loadFailed')}
          description={errorText(load.error, lang)}
          action={<Button onClick={reload}>{t('definitions.list.retry')}</Button>}
        />
      ) : (
        <Table<DefinitionSummary>
          rowKey="id"
          loading={load.kind === 'loading'}
          pagination={rows.length > 20 ? { pageSize: 20 } : false}
          dataSource={[...rows]}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`definitions.list.empty.${section}`)} /> }}
          onRow={(s) => ({ 'data-definition': s.id }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('definitions.list.name'), render: (_, s) => <Link to={open(s.id)}>{displayName(s.name, lang, s.id)}</Link> },
            { title: t('definitions.list.id'), render: (_, s) => <span className="heng-mono">{s.id}</span> },
            { title: t('definitions.list.status'), render: (_, s) => <StatusTag status={definitionStatus(s.latestVersion, changes.get(s.id))} /> },
            { title: t('definitions.list.updated'), render: (_, s) => formatDateTime(s.updatedAt, lang) },
            {
              title: t('definitions.list.actions'),
              render: (_, s) =>
                s.latestVersion === null && <DeleteUnpublished kind={kind} id={s.id} name={displayName(s.name, lang, s.id)} revision={async () => s.revision} onDeleted={reload} />,
            },
          ]}
        />
      )}
      <NewDefinitionDialog kind={kind} open={creating} existing={all} onClose={() => setCreating(false)} onCreated={(id) => navigate(open(id))} />
    </Card>
  );
}

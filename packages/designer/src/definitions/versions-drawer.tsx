/** @module The published versions, newest first: what each changed, and rollback (confirmed) to an older one. */
import type { DefinitionKind } from '@heng/engine';
import { Alert, App, Button, Drawer, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import type { Change, VersionInfo } from '../api/definition-types.js';
import { formatDateTime } from '../format/date.js';
import { useLang } from '../i18n/use-lang.js';
import type { CompanyContext } from './context.js';
import { DiffList } from './diff-list.js';
import { errorText } from '../api/errors.js';

type Load = { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly error: unknown } | { readonly kind: 'ready'; readonly versions: readonly VersionInfo[] };

export interface VersionsDrawerProps {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly open: boolean;
  readonly onClose: () => void;
  /** Saves what waits; resolves with the draft's revision, which the rollback names. */
  readonly flush: () => Promise<number>;
  readonly onRolledBack: () => void;
  /** What the changes name fields and roles by. */
  readonly company: CompanyContext;
}

/** The drawer; it loads the versions each time it opens. */
export function VersionsDrawer({ kind, id, open, onClose, flush, onRolledBack, company }: VersionsDrawerProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { modal, message } = App.useApp();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  useEffect(() => {
    if (!open) return;
    let live = true;
    setLoad({ kind: 'loading' });
    api.versions(kind, id).then(
      (versions) => live && setLoad({ kind: 'ready', versions }),
      (error: unknown) => live && setLoad({ kind: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [open, kind, id]);

  const latest = load.kind === 'ready' ? load.versions[0]?.version : undefined;
  const rollback = (version: number) => {
    const next = (latest ?? 0) + 1;
    modal.confirm({
      title: t('definitions.versions.rollbackTitle', { version }),
      content: t('definitions.versions.rollbackText', { version, next }),
      okText: t('definitions.versions.rollback'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const result = await api.rollback(kind, id, await flush(), version);
          void message.success(t('definitions.versions.rolledBack', { version, next: result.version.version }));
          onClose();
          onRolledBack();
        } catch (e) {
          void message.error(errorText(e, lang));
        }
      },
    });
  };

  return (
    <Drawer open={open} onClose={onClose} title={t('definitions.versions.title')} size={560} destroyOnHidden>
      {load.kind === 'loading' && <Spin style={{ display: 'block', margin: '40px auto' }} />}
      {load.kind === 'failed' && <Alert type="error" showIcon title={t('definitions.versions.failed')} description={errorText(load.error, lang)} />}
      {load.kind === 'ready' && load.versions.length === 0 && <Empty description={t('definitions.versions.empty')} />}
      {load.kind === 'ready' &&
        load.versions.map((v) => (
          <div key={v.version} className="heng-version-row" data-version={v.version}>
            <Flex align="center" gap={8} wrap>
              <Typography.Text strong>{t('definitions.versions.version', { version: v.version })}</Typography.Text>
              {v.version === latest && <Tag color="success">{t('definitions.versions.live')}</Tag>}
              <Typography.Text type="secondary">{formatDateTime(v.publishedAt, lang)}</Typography.Text>
              {v.version !== latest && (
                <Button size="small" danger style={{ marginLeft: 'auto' }} onClick={() => rollback(v.version)}>
                  {t('definitions.versions.rollback')}
                </Button>
              )}
            </Flex>
            {v.note !== null && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{v.note}</Typography.Paragraph>}
            <VersionChanges kind={kind} id={id} version={v.version} company={company} />
          </div>
        ))}
    </Drawer>
  );
}

type Changes = { readonly kind: 'closed' } | { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly error: unknown } | { readonly kind: 'ready'; readonly changes: readonly Change[]; readonly after: unknown };

/** What a version changed against the one before it, loaded when asked. */
function VersionChanges({ kind, id, version, company }: { readonly kind: DefinitionKind; readonly id: string; readonly version: number; readonly company: CompanyContext }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [state, setState] = useState<Changes>({ kind: 'closed' });
  if (version === 1) return <Typography.Text type="secondary">{t('definitions.versions.first')}</Typography.Text>;
  const show = () => {
    setState({ kind: 'loading' });
    Promise.all([api.diff(kind, id, { from: version - 1, to: version }), api.version(kind, id, version)]).then(
      ([d, v]) => setState({ kind: 'ready', changes: d.changes, after: v.body }),
      (error: unknown) => setState({ kind: 'failed', error }),
    );
  };
  if (state.kind === 'closed') {
    return (
      <Button size="small" type="link" style={{ padding: 0 }} onClick={show}>
        {t('definitions.versions.changes')}
      </Button>
    );
  }
  if (state.kind === 'loading') return <Spin size="small" />;
  if (state.kind === 'failed') return <Typography.Text type="danger">{errorText(state.error, lang)}</Typography.Text>;
  return <DiffList changes={state.changes} after={state.after} company={company} />;
}

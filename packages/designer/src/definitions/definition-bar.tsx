/** @module The bar above a definition editor: back to the list, the status, whether all is saved, versions, discarding the draft (deleting one never published) and publish. */
import { ArrowLeftOutlined, CheckCircleOutlined, CloudUploadOutlined, ExclamationCircleOutlined, HistoryOutlined, LoadingOutlined, UndoOutlined } from '@ant-design/icons';
import type { DefinitionKind } from '@heng/engine';
import { Button, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { KIND_SECTIONS, sectionPath } from '../app/navigation.js';
import { useLang } from '../i18n/use-lang.js';
import type { AutosaveState } from './autosave.js';
import type { CompanyContext } from './context.js';
import { DeleteUnpublished } from './delete-unpublished.js';
import { DiscardDialog } from './discard-dialog.js';
import { errorText } from '../api/errors.js';
import { PublishDialog } from './publish-dialog.js';
import { displayName } from './status.js';
import type { DefinitionStatus } from './status.js';
import { StatusTag } from './status-tag.js';
import type { Autosave } from './use-autosave.js';
import { VersionsDrawer } from './versions-drawer.js';
import './definitions.css';

export interface DefinitionBarProps<D> {
  readonly kind: DefinitionKind;
  readonly id: string;
  /** The definition as it is now. */
  readonly current: () => D;
  readonly saving: Autosave<D>;
  readonly status: DefinitionStatus;
  readonly onPublished: (version: number) => void;
  readonly onRolledBack: () => void;
  /** The draft was discarded: the live version is the draft again. */
  readonly onDiscarded: () => void;
  /** What the changes name fields and roles by. */
  readonly company: CompanyContext;
}

/** The bar, with the publish and discard dialogs and the versions drawer it opens; discarding is offered while the draft has changes against a live version. */
export function DefinitionBar<D extends { readonly name?: unknown }>({ kind, id, current, saving, status, onPublished, onRolledBack, onDiscarded, company }: DefinitionBarProps<D>) {
  const { t } = useTranslation();
  const lang = useLang();
  const { appId = '' } = useParams();
  const [publishing, setPublishing] = useState(false);
  const [versions, setVersions] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const conflict = saving.state.phase === 'conflict';
  const latest = status.kind === 'draft' ? null : status.version;
  return (
    <Flex align="center" gap={12} wrap className="heng-definition-bar" data-testid="definition-bar">
      <Link to={sectionPath(appId, KIND_SECTIONS[kind])}>
        <ArrowLeftOutlined /> {t('definitions.page.back')}
      </Link>
      <StatusTag status={status} />
      <SaveState state={saving.state} onRetry={() => void saving.flush().catch(() => undefined)} lang={lang} />
      <Space style={{ marginLeft: 'auto' }}>
        <Button icon={<HistoryOutlined />} onClick={() => setVersions(true)}>
          {t('definitions.versions.button')}
        </Button>
        {status.kind === 'draft' && <DeleteUnpublished kind={kind} id={id} name={displayName(current().name, lang, id)} revision={saving.flush} disabled={conflict} />}
        {status.kind === 'changed' && (
          <Button danger icon={<UndoOutlined aria-hidden />} disabled={conflict} onClick={() => setDiscarding(true)} data-testid="discard">
            {t('definitions.discard.button')}
          </Button>
        )}
        <Button type="primary" icon={<CloudUploadOutlined />} disabled={conflict} onClick={() => setPublishing(true)} data-testid="publish">
          {t('definitions.publish.button')}
        </Button>
      </Space>
      <PublishDialog
        kind={kind}
        id={id}
        name={displayName(current().name, lang, id)}
        open={publishing}
        latestVersion={latest}
        flush={saving.flush}
        current={current}
        company={company}
        onClose={() => setPublishing(false)}
        onPublished={onPublished}
      />
      {status.kind === 'changed' && (
        <DiscardDialog
          kind={kind}
          id={id}
          name={displayName(current().name, lang, id)}
          open={discarding}
          latestVersion={status.version}
          flush={saving.flush}
          current={current}
          company={company}
          onClose={() => setDiscarding(false)}
          onDiscarded={onDiscarded}
        />
      )}
      <VersionsDrawer kind={kind} id={id} open={versions} onClose={() => setVersions(false)} flush={saving.flush} onRolledBack={onRolledBack} company={company} />
    </Flex>
  );
}

/** Whether everything is saved, said quietly; a failure with the way to try again. */
function SaveState<D>({ state, onRetry, lang }: { readonly state: AutosaveState<D>; readonly onRetry: () => void; readonly lang: 'zh-CN' | 'en' }) {
  const { t } = useTranslation();
  const attrs = { 'data-testid': 'save-state', 'data-phase': state.phase, role: 'status' };
  switch (state.phase) {
    case 'saved':
      return (
        <Typography.Text type="secondary" {...attrs}>
          <CheckCircleOutlined /> {t('definitions.save.saved')}
        </Typography.Text>
      );
    case 'waiting':
    case 'saving':
      return (
        <Typography.Text type="secondary" {...attrs}>
          <LoadingOutlined /> {t('definitions.save.saving')}
        </Typography.Text>
      );
    case 'conflict':
      return (
        <Typography.Text type="danger" {...attrs}>
          <ExclamationCircleOutlined /> {t('definitions.save.conflict')}
        </Typography.Text>
      );
    case 'failed':
      return (
        <Space {...attrs}>
          <Typography.Text type="danger">
            <ExclamationCircleOutlined /> {t('definitions.save.failed', { reason: errorText(state.error, lang) })}
          </Typography.Text>
          <Button size="small" onClick={onRetry}>
            {t('definitions.save.retry')}
          </Button>
        </Space>
      );
  }
}

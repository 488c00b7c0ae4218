/** @module Deleting a definition never published: its draft saved, confirmed, removed, then back to its list. */
import { DeleteOutlined } from '@ant-design/icons';
import type { DefinitionKind } from '@heng/engine';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../api/client.js';
import { KIND_SECTIONS, sectionPath } from '../app/navigation.js';
import { useLang } from '../i18n/use-lang.js';
import { errorText } from './errors.js';

export interface DeleteUnpublishedProps {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly name: string;
  /** Saves what waits; resolves with the revision saved, which the removal names. */
  readonly flush: () => Promise<number>;
  readonly disabled: boolean;
}

/**
 * The button and its confirmation. Nothing can have pinned a definition that was never
 * published (no record, score or approval), so the server removes it whole; a stale revision
 * (saved elsewhere meanwhile) is said in the error message and nothing is removed.
 */
export function DeleteUnpublished({ kind, id, name, flush, disabled }: DeleteUnpublishedProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const { appId = '' } = useParams();
  const remove = async () => {
    try {
      await api.discardDraft(kind, id, await flush());
      void message.success(t('definitions.deleteDraft.done', { name }));
      void navigate(sectionPath(appId, KIND_SECTIONS[kind]));
    } catch (e) {
      void message.error(`${t('definitions.deleteDraft.failed')} ${errorText(e, lang)}`);
    }
  };
  const confirm = () =>
    modal.confirm({
      title: t('definitions.deleteDraft.title', { name }),
      content: t('definitions.deleteDraft.body'),
      okText: t('definitions.deleteDraft.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: remove,
    });
  return (
    <Button danger icon={<DeleteOutlined />} disabled={disabled} onClick={confirm} data-testid="delete-draft">
      {t('definitions.deleteDraft.button')}
    </Button>
  );
}

/** @module Deleting a definition never published: its draft saved, confirmed, removed, then back to its list. */
import type { DefinitionKind } from '@heng/engine';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../api/client.js';
import { KIND_SECTIONS, sectionPath } from '../app/navigation.js';
import { DeleteButton } from '../components/delete-button.js';

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
  const { appId = '' } = useParams();
  return (
    <DeleteButton
      label={t('definitions.deleteDraft.button')}
      title={t('definitions.deleteDraft.title', { name })}
      body={t('definitions.deleteDraft.body')}
      confirm={t('definitions.deleteDraft.confirm')}
      done={t('definitions.deleteDraft.done', { name })}
      failed={t('definitions.deleteDraft.failed')}
      backTo={sectionPath(appId, KIND_SECTIONS[kind])}
      remove={async () => api.discardDraft(kind, id, await flush())}
      disabled={disabled}
      testId="delete-draft"
    />
  );
}

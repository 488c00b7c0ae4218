/** @module Deleting a definition never published, from its editor or its list: confirmed, removed, then the list again. */
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
  /** The draft's revision, which the removal names (in the editor: saves what waits first). */
  readonly revision: () => Promise<number>;
  readonly disabled?: boolean;
  /** In a list's row: a small button, and the list reloaded after, rather than going back to it. */
  readonly onDeleted?: () => void;
}

/**
 * The button and its confirmation. Nothing can have pinned a definition that was never
 * published (no record, score or approval), so the server removes it whole; a stale revision
 * (saved elsewhere meanwhile) is said in the error message and nothing is removed.
 */
export function DeleteUnpublished({ kind, id, name, revision, disabled = false, onDeleted }: DeleteUnpublishedProps) {
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
      {...(onDeleted === undefined ? { backTo: sectionPath(appId, KIND_SECTIONS[kind]) } : { onDeleted, small: true })}
      remove={async () => api.discardDraft(kind, id, await revision())}
      disabled={disabled}
      testId="delete-draft"
    />
  );
}

/** @module Deleting a record from its page: asked first, at the revision shown, then back to its list. */
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DeleteButton } from '../components/delete-button.js';
import { runtimeApi } from './api.js';
import { recordsPath } from './paths.js';

export interface DeleteRecordProps {
  readonly formId: string;
  readonly recordId: string;
  /** The revision shown: a record someone changed since is not deleted (409, said in the message). */
  readonly revision: number;
  readonly name: string;
  /** While an approval waits for a decision (the server refuses too). */
  readonly inApproval: boolean;
}

/** The button and its confirmation; the server decides who may delete (row access) and says why not (records still referring to it). */
export function DeleteRecord({ formId, recordId, revision, name, inApproval }: DeleteRecordProps) {
  const { t } = useTranslation();
  const { appId = '' } = useParams();
  return (
    <DeleteButton
      label={t('runtime.record.delete')}
      title={t('runtime.record.deleteTitle', { name })}
      body={t('runtime.record.deleteBody')}
      confirm={t('runtime.record.deleteConfirm')}
      done={t('runtime.record.deleted', { name })}
      failed={t('runtime.record.deleteFailed')}
      backTo={recordsPath(appId, formId)}
      remove={() => runtimeApi.remove(formId, recordId, revision)}
      disabled={inApproval}
      {...(inApproval ? { hint: t('runtime.record.inApproval') } : {})}
      testId="record-delete"
    />
  );
}

/** @module Deleting a record from its page: asked first, at the revision shown, then back to its list. */
import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useLang } from '../i18n/use-lang.js';
import { runtimeApi } from './api.js';
import { errorText } from '../definitions/errors.js';
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

/** The button and its confirmation; the server decides who may delete (row access) and says why not. */
export function DeleteRecord({ formId, recordId, revision, name, inApproval }: DeleteRecordProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const { appId = '' } = useParams();
  const remove = async () => {
    try {
      await runtimeApi.remove(formId, recordId, revision);
      void message.success(t('runtime.record.deleted', { name }));
      void navigate(recordsPath(appId, formId));
    } catch (e) {
      void message.error(`${t('runtime.record.deleteFailed')} ${errorText(e, lang)}`);
    }
  };
  const confirm = () =>
    modal.confirm({
      title: t('runtime.record.deleteTitle', { name }),
      content: t('runtime.record.deleteBody'),
      okText: t('runtime.record.deleteConfirm'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: remove,
    });
  return (
    <Tooltip title={inApproval ? t('runtime.record.inApproval') : undefined}>
      <Button danger icon={<DeleteOutlined />} disabled={inApproval} data-testid="record-delete" onClick={confirm}>
        {t('runtime.record.delete')}
      </Button>
    </Tooltip>
  );
}

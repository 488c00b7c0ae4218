/** @module A Delete button that asks first, removes, says so, then goes back to a list (or reloads it); the server's refusal is shown in the current language. */
import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorText } from '../api/errors.js';
import { useLang } from '../i18n/use-lang.js';

/** What is deleted, in the words of the page that offers it. */
export interface DeleteButtonProps {
  readonly label: string;
  /** The confirmation's title, its text and its button. */
  readonly title: string;
  readonly body: string;
  readonly confirm: string;
  /** Said once it is gone, and before the reason it could not be. */
  readonly done: string;
  readonly failed: string;
  /** Where to go once it is gone; else {@link DeleteButtonProps.onDeleted} says what then. */
  readonly backTo?: string;
  readonly onDeleted?: () => void;
  /** A small button, for a table's row. */
  readonly small?: boolean;
  readonly remove: () => Promise<unknown>;
  readonly disabled?: boolean;
  /** Why it is disabled. */
  readonly hint?: string;
  readonly testId: string;
}

/**
 * The button and its confirmation.
 *
 * @example
 * <DeleteButton label="删除" title="删除“甲”？" body="…" confirm="删除" done="已删除。" failed="删除失败：" backTo={listPath} remove={() => api.remove(id)} testId="record-delete" />
 */
export function DeleteButton({ label, title, body, confirm, done, failed, backTo, onDeleted, small = false, remove, disabled = false, hint, testId }: DeleteButtonProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const onOk = async () => {
    try {
      await remove();
      void message.success(done);
      if (backTo !== undefined) void navigate(backTo);
      onDeleted?.();
    } catch (e) {
      void message.error(`${failed} ${errorText(e, lang)}`);
    }
  };
  const ask = () => modal.confirm({ title, content: body, okText: confirm, okButtonProps: { danger: true }, cancelText: t('common.cancel'), onOk });
  return (
    <Tooltip title={hint}>
      <Button danger size={small ? 'small' : 'middle'} icon={<DeleteOutlined />} disabled={disabled} onClick={ask} data-testid={testId}>
        {label}
      </Button>
    </Tooltip>
  );
}

/** @module The roles tab: the company's roles with how many hold each; admins add roles of their own, rename any, and delete an added one nobody holds. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client.js';
import { errorText } from '../api/errors.js';
import { useLang } from '../i18n/use-lang.js';
import { asApiError, useLoad } from '../renderer/index.js';
import { nameOfRole, WhenLoaded } from '../runtime/common.js';
import type { FieldName } from '../session/form-errors.js';
import { usePlacedErrors } from '../session/use-placed-errors.js';
import { peopleApi } from './api.js';
import type { RoleHeld, RoleNames } from './api.js';

/** A role's id as the server takes it (server: auth/schemas.ts roleIdSchema). */
const ROLE_ID = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

const FIELDS: readonly FieldName[] = [['id'], ['nameZh'], ['nameEn']];

/** What the role form edits: a new role's id and names, or an existing one's names. */
interface RoleValues extends RoleNames {
  readonly id: string;
}

/** The modal that adds a role (`role` undefined) or renames one. */
function RoleModal({ role, onClose, onSaved }: { readonly role: RoleHeld | undefined; readonly onClose: () => void; readonly onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<RoleValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const other = usePlacedErrors(form, error, FIELDS, (field, code) => (field === 'id' && code === 'schema.pattern' ? t('people.roles.idInvalid') : undefined));
  const save = async (values: RoleValues) => {
    setBusy(true);
    setError(undefined);
    const names = { nameZh: values.nameZh.trim(), nameEn: values.nameEn.trim() };
    try {
      if (role === undefined) await peopleApi.createRole(values.id.trim(), names);
      else await peopleApi.renameRole(role.id, names);
      onSaved(lang === 'zh-CN' ? names.nameZh : names.nameEn);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const name = { required: true, whitespace: true, message: t('people.roles.nameRequired') };
  return (
    <Modal
      open
      title={role === undefined ? t('people.roles.addTitle') : t('people.roles.renameTitle', { name: nameOfRole(role, lang) })}
      okText={t('people.roles.save')}
      cancelText={t('people.roles.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error !== undefined && <Alert type="error" showIcon role="alert" data-testid="role-error" title={errorText(error, lang)} description={other.length === 0 ? undefined : other.join(' ')} style={{ marginBottom: 16 }} />}
      <Form<RoleValues> form={form} layout="vertical" initialValues={role ?? { id: '', nameZh: '', nameEn: '' }} onFinish={(v) => void save(v)} requiredMark={false}>
        <Form.Item name="nameZh" label={t('people.roles.nameZh')} rules={[name]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('people.roles.nameEn')} rules={[name]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="id"
          label={t('people.roles.id')}
          extra={t('people.roles.idHint')}
          rules={role === undefined ? [{ required: true, whitespace: true, message: t('people.roles.idRequired') }, { pattern: ROLE_ID, message: t('people.roles.idInvalid') }] : []}
        >
          <Input autoComplete="off" spellCheck={false} disabled={role !== undefined} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The tab. */
export function RolesTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [roles, reload] = useLoad(() => peopleApi.roles(), []);
  const [editing, setEditing] = useState<{ readonly role: RoleHeld | undefined }>();
  const [failed, setFailed] = useState<ApiError>();
  const remove = async (r: RoleHeld) => {
    setFailed(undefined);
    try {
      await peopleApi.deleteRole(r.id);
      void message.success(t('people.roles.removed', { name: nameOfRole(r, lang) }));
      reload();
    } catch (e) {
      setFailed(asApiError(e));
    }
  };
  return (
    <WhenLoaded loaded={roles} onRetry={reload}>
      {(list) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ role: undefined })}>
            {t('people.roles.add')}
          </Button>
          {failed !== undefined && <Alert type="error" showIcon role="alert" title={errorText(failed, lang)} closable onClose={() => setFailed(undefined)} />}
          <Table<RoleHeld>
            rowKey="id"
            data-testid="people-roles"
            dataSource={list}
            pagination={false}
            onRow={(r) => ({ 'data-role': r.id }) as HTMLAttributes<HTMLElement>}
            columns={[
              { key: 'name', title: t('people.roles.nameZh'), dataIndex: 'nameZh' },
              { key: 'nameEn', title: t('people.roles.nameEn'), dataIndex: 'nameEn' },
              { key: 'id', title: t('people.roles.id'), render: (_, r) => <code>{r.id}</code> },
              { key: 'kind', title: t('people.roles.kind'), render: (_, r) => (r.builtin ? <Tag>{t('people.roles.builtin')}</Tag> : <Tag color="blue">{t('people.roles.custom')}</Tag>) },
              { key: 'users', title: t('people.roles.holders'), dataIndex: 'users' },
              {
                key: 'actions',
                title: t('people.users.actions'),
                render: (_, r) => {
                  const blocked = r.builtin ? t('people.roles.builtinKept') : r.users > 0 ? t('people.roles.removeHeld') : undefined;
                  return (
                    <Space>
                      <Button type="link" aria-label={t('people.roles.renameNamed', { name: nameOfRole(r, lang) })} onClick={() => setEditing({ role: r })}>{t('people.roles.rename')}</Button>
                      {blocked === undefined ? (
                        <Popconfirm title={t('people.roles.removeConfirm', { name: nameOfRole(r, lang) })} okText={t('people.roles.remove')} cancelText={t('people.roles.cancel')} onConfirm={() => remove(r)}>
                          <Button type="link" danger aria-label={t('people.roles.removeNamed', { name: nameOfRole(r, lang) })}>{t('people.roles.remove')}</Button>
                        </Popconfirm>
                      ) : (
                        <Tooltip title={blocked}>
                          <Button type="link" danger disabled aria-label={t('people.roles.removeNamed', { name: nameOfRole(r, lang) })}>{t('people.roles.remove')}</Button>
                        </Tooltip>
                      )}
                    </Space>
                  );
                },
              },
            ]}
          />
          {editing !== undefined && (
            <RoleModal
              role={editing.role}
              onClose={() => setEditing(undefined)}
              onSaved={(name) => {
                void message.success(t(editing.role === undefined ? 'people.roles.added' : 'people.roles.renamed', { name }));
                setEditing(undefined);
                reload();
              }}
            />
          )}
        </Space>
      )}
    </WhenLoaded>
  );
}

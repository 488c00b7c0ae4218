/** @module The drawer that adds a person or edits one: name, e-mail, password, roles, manager, whether they may sign in; the server's problems on their fields. */
import { Alert, App, Button, Drawer, Form, Input, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client.js';
import { errorText } from '../api/errors.js';
import { useLang } from '../i18n/use-lang.js';
import { asApiError } from '../renderer/index.js';
import { nameOfRole } from '../runtime/common.js';
import type { UserSummary } from '../renderer/index.js';
import type { FieldName } from '../session/form-errors.js';
import { usePlacedErrors } from '../session/use-placed-errors.js';
import { PartlySaved, peopleApi } from './api.js';
import type { RoleHeld, SavedPart } from './api.js';
import { managerChoices, newPerson, personChange } from './changes.js';
import type { PersonValues } from './changes.js';

/** The form's fields, named as the server's bodies are shaped so a problem's path names its field. */
const FIELDS: readonly FieldName[] = [['displayName'], ['email'], ['password'], ['roles'], ['managerId'], ['active']];

/** The form's own words for what the server's schema refuses, where its generic message says less. */
const EXPLAINED = { 'email schema.pattern': 'people.form.emailInvalid', 'password schema.minLength': 'people.form.passwordTooShort' } as const;

interface Props {
  /** The person edited; none for a new one. */
  readonly person: UserSummary | undefined;
  /** The signed-in admin: they may not deactivate themselves here. */
  readonly me: string;
  readonly users: readonly UserSummary[];
  readonly roles: readonly RoleHeld[];
  /** Closed without saving; `changed` when part of a refused change was saved all the same. */
  readonly onClose: (changed: boolean) => void;
  readonly onSaved: () => void;
}

/** The drawer; it saves only what changed of an edited person. */
export function PersonDrawer({ person, me, users, roles, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [partly, setPartly] = useState<readonly SavedPart[]>([]);
  const explain = (field: string, code: string) => {
    const key = EXPLAINED[`${field} ${code}` as keyof typeof EXPLAINED];
    return key === undefined ? undefined : t(key);
  };
  const other = usePlacedErrors(form, error, FIELDS, explain);

  const save = async (values: PersonValues) => {
    setBusy(true);
    setError(undefined);
    try {
      if (person === undefined) await peopleApi.create(newPerson(values));
      else await peopleApi.change(person.id, personChange(person, values));
      void message.success(t(person === undefined ? 'people.form.added' : 'people.form.saved', { name: values.displayName.trim() }));
      onSaved();
    } catch (e) {
      setError(asApiError(e instanceof PartlySaved ? e.error : e));
      if (e instanceof PartlySaved) setPartly((was) => [...new Set([...was, ...e.saved])]);
    } finally {
      setBusy(false);
    }
  };

  // No manager is an empty select (its placeholder says so), not a null option.
  const initial: PersonValues = person === undefined ? { displayName: '', email: '', password: '', roles: [] } : { ...person, password: '', managerId: person.managerId ?? undefined };
  return (
    <Drawer
      open
      size={480}
      title={person === undefined ? t('people.form.addTitle') : t('people.form.editTitle', { name: person.displayName })}
      onClose={() => onClose(partly.length > 0)}
      data-testid="person-drawer"
      footer={
        <Space>
          <Button type="primary" loading={busy} onClick={() => form.submit()}>{t('people.form.save')}</Button>
          <Button onClick={() => onClose(partly.length > 0)}>{t('people.form.cancel')}</Button>
        </Space>
      }
    >
      {error !== undefined && <Alert type="error" showIcon role="alert" data-testid="person-error" title={errorText(error, lang)} description={[...other, ...(partly.length === 0 ? [] : [t('people.form.partlySaved', { parts: partly.map((p) => t(`people.form.${p === 'manager' ? 'manager' : 'roles'}`)).join(lang === 'zh-CN' ? '、' : ', ') })])].join(' ') || undefined} style={{ marginBottom: 16 }} />}
      <Form<PersonValues> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void save(v)} requiredMark={false}>
        <Form.Item name="displayName" label={t('people.form.displayName')} rules={[{ required: true, whitespace: true, message: t('people.form.displayNameRequired') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={t('people.form.email')} rules={[{ required: true, whitespace: true, message: t('people.form.emailRequired') }]}>
          <Input autoComplete="off" type="email" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="password"
          label={person === undefined ? t('people.form.password') : t('people.form.newPassword')}
          extra={person === undefined ? t('people.form.passwordHint') : person.id === me ? t('people.form.newPasswordSelf') : t('people.form.newPasswordHint')}
          rules={[...(person === undefined ? [{ required: true, message: t('people.form.passwordRequired') }] : []), { min: 10, message: t('people.form.passwordTooShort') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="roles" label={t('people.form.roles')} extra={t('people.form.rolesHint')}>
          <Select mode="multiple" allowClear optionFilterProp="label" options={roles.map((r) => ({ value: r.id, label: nameOfRole(r, lang) }))} />
        </Form.Item>
        <Form.Item name="managerId" label={t('people.form.manager')} extra={t('people.form.managerHint')}>
          <Select allowClear showSearch placeholder={t('people.form.noManager')} optionFilterProp="label" options={managerChoices(users, person).map((u) => ({ value: u.id, label: lang === 'zh-CN' ? `${u.displayName}（${u.email}）` : `${u.displayName} (${u.email})` }))} />
        </Form.Item>
        {person !== undefined && (
          <Form.Item name="active" label={t('people.form.active')} extra={person.id === me ? t('people.form.activeSelf') : t('people.form.activeHint')} valuePropName="checked">
            <Switch disabled={person.id === me} />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}

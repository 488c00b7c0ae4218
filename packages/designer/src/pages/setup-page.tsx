/** @module The first-run screen: the first company and its admin, the server's field problems shown on their fields. */
import { Alert, Button, Card, Divider, Form, Input, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ApiError, api } from '../api/client.js';
import type { SetupInput } from '../api/client.js';
import { LanguageSwitch } from '../app/language-switch.js';
import { useLang } from '../i18n/use-lang.js';
import { setupInputOf } from '../session/inputs.js';
import type { FieldName } from '../session/form-errors.js';
import { useSession } from '../session/session.js';
import { usePlacedErrors } from '../session/use-placed-errors.js';

/** The form's fields, named as the server's body is shaped so a problem's path names its field. */
const FIELDS: readonly FieldName[] = [['name'], ['slug'], ['admin', 'displayName'], ['admin', 'email'], ['admin', 'password'], ['setupToken']];

/** The form's own words for what the server's schema refuses, where its generic message says less. */
const EXPLAINED = {
  'slug schema.pattern': 'setup.slugInvalid',
  'admin/email schema.pattern': 'setup.emailInvalid',
  'admin/password schema.minLength': 'setup.passwordTooShort',
} as const;

/** `/setup`: shown while no company exists; afterwards it sends visitors to login. */
export function SetupPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const [form] = Form.useForm<SetupInput>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [tokenRequired, setTokenRequired] = useState(false);

  useEffect(() => {
    api.setupStatus().then((s) => setTokenRequired(s.setupTokenRequired), () => undefined);
  }, []);

  const fields = tokenRequired ? FIELDS : FIELDS.filter((f) => f[0] !== 'setupToken');
  const explain = (field: string, code: string) => {
    const key = EXPLAINED[`${field} ${code}` as keyof typeof EXPLAINED];
    return key === undefined ? undefined : t(key);
  };
  const other = usePlacedErrors(form, error, fields, explain);

  if (session.state.kind === 'loading') return <Spin size="large" style={{ display: 'block', margin: '120px auto' }} />;
  if (session.state.kind === 'signed-in') return <Navigate to="/" replace />;
  if (session.state.kind === 'signed-out' && !session.state.setupNeeded) return <Navigate to="/login" replace />;

  const submit = async (values: SetupInput) => {
    setBusy(true);
    setError(undefined);
    try {
      session.signedIn(await api.setup(setupInputOf(values)));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e), String(e)));
    } finally {
      setBusy(false);
    }
  };

  const summary = error === undefined ? undefined : error.code === 'setup_done' ? t('setup.done') : lang === 'zh-CN' ? error.messageZh : error.message;
  return (
    <div className="heng-login">
      <Card title={t('setup.title')} extra={<LanguageSwitch />} style={{ width: 520, margin: '24px 0' }}>
        <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
        {error !== undefined && (
          <Alert type="error" showIcon role="alert" data-testid="setup-error" title={summary} description={other.length === 0 ? undefined : other.join(' ')} style={{ marginBottom: 16 }} />
        )}
        <Form<SetupInput> form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
          <Divider titlePlacement="start" plain>
            {t('setup.company')}
          </Divider>
          <Form.Item name="name" label={t('setup.companyName')} rules={[{ required: true, whitespace: true, message: t('setup.companyNameRequired') }]}>
            <Input autoComplete="organization" />
          </Form.Item>
          <Form.Item name="slug" label={t('setup.slug')} extra={t('setup.slugHint')} rules={[{ required: true, whitespace: true, message: t('setup.slugRequired') }]}>
            <Input autoComplete="off" spellCheck={false} />
          </Form.Item>
          <Divider titlePlacement="start" plain>
            {t('setup.admin')}
          </Divider>
          <Form.Item name={['admin', 'displayName']} label={t('setup.displayName')} rules={[{ required: true, whitespace: true, message: t('setup.displayNameRequired') }]}>
            <Input autoComplete="name" />
          </Form.Item>
          <Form.Item name={['admin', 'email']} label={t('setup.email')} rules={[{ required: true, whitespace: true, message: t('setup.emailRequired') }]}>
            <Input autoComplete="username" type="email" />
          </Form.Item>
          <Form.Item name={['admin', 'password']} label={t('setup.password')} extra={t('setup.passwordHint')} rules={[{ required: true, message: t('setup.passwordRequired') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {tokenRequired && (
            <Form.Item name="setupToken" label={t('setup.setupToken')} extra={t('setup.setupTokenHint')}>
              <Input autoComplete="off" />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('setup.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}

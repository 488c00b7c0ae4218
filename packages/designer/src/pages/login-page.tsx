/** @module Sign in with email and password, through the API client (the session cookie and CSRF token come back). */
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, api } from '../api/client.js';
import { LanguageSwitch } from '../app/language-switch.js';
import { useLang } from '../i18n/use-lang.js';

interface Credentials {
  readonly email: string;
  readonly password: string;
}

/** `/login`. */
export function LoginPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ email, password }: Credentials) => {
    setBusy(true);
    setError(undefined);
    try {
      await api.login(email, password);
      void navigate('/');
    } catch (e) {
      setError(e instanceof ApiError ? (lang === 'zh-CN' ? e.messageZh : e.message) : t('login.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="heng-login">
      <Card title={t('login.title')} extra={<LanguageSwitch />} style={{ width: 400 }}>
        {error !== undefined && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form<Credentials> layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
          <Form.Item name="email" label={t('login.email')} rules={[{ required: true, type: 'email', message: t('login.emailRequired') }]}>
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}

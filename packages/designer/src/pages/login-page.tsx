/** @module Sign in with company code, email and password; the server's refusal (401, 429 and when to retry) shown in the current language. */
import { Alert, Button, Card, Form, Input, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ApiError, api } from '../api/client.js';
import { LanguageSwitch } from '../app/language-switch.js';
import { useLang } from '../i18n/use-lang.js';
import { credentialsOf } from '../session/inputs.js';
import type { LoginValues } from '../session/inputs.js';
import type { FromState } from '../session/require-session.js';
import { useSession } from '../session/session.js';

/** What failed, kept as is so the message follows a language switch. */
interface Failure {
  readonly error: ApiError;
  readonly at: number;
}

/** `/login`. */
export function LoginPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { state } = useLocation() as { state: FromState | null };
  const session = useSession();
  const [failure, setFailure] = useState<Failure | undefined>();
  const [busy, setBusy] = useState(false);

  if (session.state.kind === 'loading') return <Spin size="large" style={{ display: 'block', margin: '120px auto' }} />;
  if (session.state.kind === 'signed-out' && session.state.setupNeeded) return <Navigate to="/setup" replace />;
  // Signed in (already, or by this form): on to where the visitor was going.
  if (session.state.kind === 'signed-in') return <Navigate to={state?.from ?? '/'} replace />;

  const submit = async (values: LoginValues) => {
    setBusy(true);
    setFailure(undefined);
    try {
      session.signedIn(await api.login(credentialsOf(values)));
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'unknown', t('login.failed'), t('login.failed'));
      setFailure({ error, at: Date.now() });
    } finally {
      setBusy(false);
    }
  };

  const error = failure?.error;
  const retry = failure?.error.retryAfter === undefined ? undefined : new Date(failure.at + failure.error.retryAfter * 1000).toLocaleTimeString(lang);
  return (
    <div className="heng-login">
      <Card title={t('login.title')} extra={<LanguageSwitch />} style={{ width: 420 }}>
        {error !== undefined && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="login-error"
            title={lang === 'zh-CN' ? error.messageZh : error.message}
            description={retry === undefined ? undefined : t('login.retryAt', { time: retry })}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<LoginValues> layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
          <Form.Item name="tenant" label={t('login.company')} extra={t('login.companyHint')}>
            <Input autoComplete="organization" />
          </Form.Item>
          <Form.Item name="email" label={t('login.email')} rules={[{ required: true, whitespace: true, message: t('login.emailRequired') }]}>
            <Input autoComplete="username" type="email" />
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

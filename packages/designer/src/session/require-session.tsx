/** @module The app guard: pages behind it are shown only to someone signed in; others go to setup or login. */
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useLang } from '../i18n/use-lang.js';
import { useSession } from './session.js';

/** Where a signed-out visitor was going, so login can take them back there. */
export interface FromState {
  readonly from?: string;
}

/** A spinner while the session loads, the way to setup or login when nobody is signed in, else the page. */
export function RequireSession() {
  const { t } = useTranslation();
  const lang = useLang();
  const { state, reload } = useSession();
  const { pathname, search } = useLocation();
  if (state.kind === 'loading') return <Spin size="large" style={{ display: 'block', margin: '120px auto' }} />;
  if (state.kind === 'failed') {
    return (
      <Result
        status="warning"
        title={t('session.unreachable')}
        subTitle={lang === 'zh-CN' ? state.error.messageZh : state.error.message}
        extra={<Button onClick={reload}>{t('session.retry')}</Button>}
      />
    );
  }
  if (state.kind === 'signed-out') {
    if (state.setupNeeded) return <Navigate to="/setup" replace />;
    const from: FromState = { from: pathname === '/' ? undefined : pathname + search };
    return <Navigate to="/login" replace state={from} />;
  }
  return <Outlet />;
}

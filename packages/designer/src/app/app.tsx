/** @module The root: Ant Design in the current language, the session, and the routes. */
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { useLang } from '../i18n/use-lang.js';
import { SessionProvider } from '../session/session.js';
import { usePrefersReducedMotion } from './reduced-motion.js';
import { router } from './router.js';

const TOKEN = { colorPrimary: '#1d4ed8', borderRadius: 6, fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif" };

/** The designer. */
export function App() {
  const lang = useLang();
  const reduced = usePrefersReducedMotion();
  const theme = useMemo(() => ({ token: { ...TOKEN, motion: !reduced } }), [reduced]);
  return (
    <ConfigProvider locale={lang === 'zh-CN' ? zhCN : enUS} theme={theme}>
      <AntApp>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

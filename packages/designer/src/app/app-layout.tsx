/**
 * @module The shell: navigation by section on the left, the app (the company's own definitions) with the
 * language switch and who is signed in on top, the page in the middle.
 */
import { ApartmentOutlined, AppstoreAddOutlined, AppstoreOutlined, BarChartOutlined, BranchesOutlined, CalculatorOutlined, DatabaseOutlined, FormOutlined, InboxOutlined, LogoutOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useParams } from 'react-router';
import { NotificationBell } from '../notifications/notification-bell.js';
import { useLoad } from '../renderer/index.js';
import { useSession } from '../session/session.js';
import { landingSection, loadWork } from './landing.js';
import { LanguageSwitch } from './language-switch.js';
import { appPath, inApp, sectionOf, sectionPath, sectionsFor } from './navigation.js';
import type { Section } from './navigation.js';

const icons: Record<Section, ReactNode> = {
  forms: <FormOutlined />,
  scorecards: <CalculatorOutlined />,
  rulesets: <ApartmentOutlined />,
  flows: <BranchesOutlined />,
  records: <DatabaseOutlined />,
  inbox: <InboxOutlined />,
  dashboards: <BarChartOutlined />,
  templates: <AppstoreAddOutlined />,
  people: <TeamOutlined />,
};

/**
 * After signing out, the login page loaded anew: whoever signs in next lands where their own work
 * is, not on the page the last person left, and reads nothing the last person's pages kept.
 */
const startAfresh = () => window.location.assign('/login');

/** The app a signed-in user works in: their company's own definitions, named by the company code. */
function useAppId(): string {
  const { state } = useSession();
  return state.kind === 'signed-in' ? state.session.tenant.slug : '';
}

/** The sections the signed-in user is shown. */
function useSections(): readonly Section[] {
  const { state } = useSession();
  return sectionsFor(state.kind === 'signed-in' ? state.session.roles : []);
}

/** `/` and `/apps/:appId` (where signing in leads): on to where the user's work is ({@link landingSection}). */
export function HomeRedirect() {
  const appId = useAppId();
  const sections = useSections();
  const [work] = useLoad(loadWork, []);
  if (work.status === 'loading') return <Spin size="large" style={{ display: 'block', margin: '120px auto' }} />;
  const facts = work.status === 'ok' ? work.value : { work: 0, dashboards: 0 };
  return <Navigate to={sectionPath(appId, landingSection({ sections, ...facts }))} replace />;
}

/** The layout of every page inside an app; a link into another app (an old bookmark) leads into the company's. */
export function AppLayout() {
  const { t } = useTranslation();
  const appId = useAppId();
  const { appId: asked = '' } = useParams();
  const { pathname, search } = useLocation();
  const current = sectionOf(pathname);
  const { state, signOut } = useSession();
  const sections = useSections();
  const name = state.kind === 'signed-in' ? state.session.user.displayName : '';
  const company = state.kind === 'signed-in' ? state.session.tenant.name : '';
  if (asked !== appId) return <Navigate to={inApp(pathname, appId) + search} replace />;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" breakpoint="xl" collapsedWidth={64} className="heng-sider">
        <Link to={appPath(appId)} className="heng-brand" aria-label={t('app.name')}>
          <span className="heng-brand-mark">衡</span>
          <span className="heng-brand-text">{t('app.name')}</span>
        </Link>
        <Menu
          mode="inline"
          selectedKeys={current === undefined ? [] : [current]}
          items={sections.map((s) => ({ key: s, icon: icons[s], label: <Link to={sectionPath(appId, s)}>{t(`nav.${s}`)}</Link> }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="heng-header">
          <Space aria-label={t('nav.app')} data-testid="current-app">
            <AppstoreOutlined />
            <Typography.Text strong>{company}</Typography.Text>
          </Space>
          <Space size="middle">
            <NotificationBell appId={appId} />
            <LanguageSwitch />
            <Typography.Text data-testid="current-user" title={t('session.signedInAs', { name })}>
              <UserOutlined /> {name}
            </Typography.Text>
            <Button type="text" icon={<LogoutOutlined />} onClick={() => void signOut().then(startAfresh)}>
              {t('session.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="heng-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

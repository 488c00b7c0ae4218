/** @module The shell: navigation by app and section on the left, the language switch and who is signed in on top, the page in the middle. */
import { ApartmentOutlined, AppstoreOutlined, BarChartOutlined, BranchesOutlined, CalculatorOutlined, DatabaseOutlined, FormOutlined, InboxOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { sampleApp } from '../samples/index.js';
import { useSession } from '../session/session.js';
import { LanguageSwitch } from './language-switch.js';
import { SECTIONS, sectionOf, sectionPath } from './navigation.js';
import type { Section } from './navigation.js';

const icons: Record<Section, ReactNode> = {
  forms: <FormOutlined />,
  scorecards: <CalculatorOutlined />,
  rulesets: <ApartmentOutlined />,
  flows: <BranchesOutlined />,
  records: <DatabaseOutlined />,
  inbox: <InboxOutlined />,
  dashboards: <BarChartOutlined />,
};

/** The layout of every page inside an app. */
export function AppLayout() {
  const { t } = useTranslation();
  const { appId = sampleApp.id } = useParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = sectionOf(pathname);
  const { state, signOut } = useSession();
  const name = state.kind === 'signed-in' ? state.session.user.displayName : '';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" breakpoint="xl" collapsedWidth={64} className="heng-sider">
        <Link to={sectionPath(appId, 'scorecards')} className="heng-brand" aria-label={t('app.name')}>
          <span className="heng-brand-mark">衡</span>
          <span className="heng-brand-text">{t('app.name')}</span>
        </Link>
        <Menu
          mode="inline"
          selectedKeys={current === undefined ? [] : [current]}
          items={SECTIONS.map((s) => ({ key: s, icon: icons[s], label: <Link to={sectionPath(appId, s)}>{t(`nav.${s}`)}</Link> }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="heng-header">
          <Space>
            <AppstoreOutlined />
            <Select
              aria-label={t('nav.app')}
              variant="borderless"
              style={{ minWidth: 180 }}
              value={appId}
              options={[{ value: sampleApp.id, label: t('nav.examples') }]}
              onChange={(id: string) => navigate(sectionPath(id, current ?? 'scorecards'))}
            />
          </Space>
          <Space size="middle">
            <LanguageSwitch />
            <Typography.Text data-testid="current-user" title={t('session.signedInAs', { name })}>
              <UserOutlined /> {name}
            </Typography.Text>
            <Button type="text" icon={<LogoutOutlined />} onClick={() => void signOut()}>
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

/** @module `/apps/:appId/people`: the company's people (roles, manager, sign-in) and its roles, for admins. */
import { Card, Result, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ADMIN_ROLE, useSession } from '../session/session.js';
import { RolesTab } from './roles-tab.js';
import { UsersTab } from './users-tab.js';

/** The page: two tabs, people and roles; anyone but an admin is told to ask one. */
export function PeoplePage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const me = state.kind === 'signed-in' ? state.session : undefined;
  if (me === undefined || !me.roles.includes(ADMIN_ROLE)) return <Result status="403" title={t('people.adminOnly')} />;
  return (
    <Card title={t('people.title')}>
      <Typography.Paragraph type="secondary">{t('people.hint')}</Typography.Paragraph>
      {/* Each tab reads afresh when shown: a role added on one is offered on the other. */}
      <Tabs
        destroyOnHidden
        items={[
          { key: 'users', label: t('people.tabs.users'), children: <UsersTab me={me.user.id} /> },
          { key: 'roles', label: t('people.tabs.roles'), children: <RolesTab /> },
        ]}
      />
    </Card>
  );
}

/** @module The people tab: everyone of the company with their roles, manager and status, and the drawer that adds or edits one. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import { useLoad } from '../renderer/index.js';
import type { UserSummary } from '../renderer/index.js';
import { roleNameIn, WhenLoaded } from '../runtime/common.js';
import { peopleApi } from './api.js';
import { PersonDrawer } from './person-drawer.js';

/** Whom the drawer is open for: a new person, or one being edited. */
type Editing = { readonly kind: 'new' } | { readonly kind: 'edit'; readonly person: UserSummary };

const loadPeople = () => Promise.all([peopleApi.users(), peopleApi.roles()]);

/** The tab; `me` is the signed-in admin, marked in the list. */
export function UsersTab({ me }: { readonly me: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [people, reload] = useLoad(loadPeople, []);
  const [editing, setEditing] = useState<Editing>();
  return (
    <WhenLoaded loaded={people} onRetry={reload}>
      {([users, roles]) => {
        const roleName = (id: string) => roleNameIn(roles, id, lang);
        const name = (id: string | null) => users.find((u) => u.id === id)?.displayName ?? t('people.users.none');
        return (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'new' })}>
              {t('people.users.add')}
            </Button>
            <Table<UserSummary>
              rowKey="id"
              data-testid="people-users"
              dataSource={users}
              pagination={false}
              scroll={{ x: 'max-content' }}
              onRow={(u) => ({ 'data-user': u.email }) as HTMLAttributes<HTMLElement>}
              columns={[
                { key: 'name', title: t('people.users.name'), render: (_, u) => <>{u.displayName}{u.id === me && <Typography.Text type="secondary"> {t('people.users.you')}</Typography.Text>}</> },
                { key: 'email', title: t('people.users.email'), dataIndex: 'email' },
                {
                  key: 'roles',
                  title: t('people.users.roles'),
                  render: (_, u) => (u.roles.length === 0 ? <Typography.Text type="secondary">{t('people.users.noRoles')}</Typography.Text> : u.roles.map((r) => <Tag key={r}>{roleName(r)}</Tag>)),
                },
                { key: 'manager', title: t('people.users.manager'), render: (_, u) => name(u.managerId) },
                { key: 'status', title: t('people.users.status'), render: (_, u) => (u.active ? <Tag color="green">{t('people.users.active')}</Tag> : <Tag>{t('people.users.inactive')}</Tag>) },
                {
                  key: 'edit',
                  title: t('people.users.actions'),
                  render: (_, u) => <Button type="link" aria-label={t('people.users.editNamed', { name: u.displayName })} onClick={() => setEditing({ kind: 'edit', person: u })}>{t('people.users.edit')}</Button>,
                },
              ]}
            />
            {editing !== undefined && (
              <PersonDrawer
                person={editing.kind === 'edit' ? editing.person : undefined}
                me={me}
                users={users}
                roles={roles}
                onClose={(changed) => {
                  setEditing(undefined);
                  if (changed) reload();
                }}
                onSaved={() => {
                  setEditing(undefined);
                  reload();
                }}
              />
            )}
          </Space>
        );
      }}
    </WhenLoaded>
  );
}

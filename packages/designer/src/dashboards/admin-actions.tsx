/** @module What an admin does from the dashboards page: edit the dashboard shown, create one, reopen a draft not published yet. */
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { mayEdit } from '@heng/engine';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/client.js';
import { definitionPath } from '../app/navigation.js';
import { NewDefinitionDialog } from '../definitions/new-definition-dialog.js';
import { displayName } from '../definitions/status.js';
import { useLang } from '../i18n/use-lang.js';
import { useLoad } from '../renderer/index.js';
import { useMe } from '../runtime/common.js';


/**
 * The path of a dashboard's editor.
 *
 * @example
 * editorPath('minjiang', 'credit') // '/apps/minjiang/dashboards/credit/edit'
 */
export function editorPath(appId: string, id: string): string {
  return `${definitionPath(appId, 'dashboard', id)}/edit`;
}

/**
 * For admins: "Edit" for `selected` (when there is one), "New dashboard", and links to the
 * dashboards that are drafts only. Nothing for other roles.
 *
 * @example
 * <AdminActions selected="credit" />
 */
export function AdminActions({ selected }: { readonly selected?: string }) {
  const { roles } = useMe();
  return mayEdit('dashboard', roles) ? <Actions selected={selected} /> : null;
}

function Actions({ selected }: { readonly selected?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { appId = '' } = useParams();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [all] = useLoad(() => api.definitions(), []);
  const existing = all.status === 'ok' ? all.value : [];
  const drafts = existing.filter((s) => s.kind === 'dashboard' && s.latestVersion === null);
  return (
    <Flex gap={8} align="center" wrap>
      {selected !== undefined && (
        <Button icon={<EditOutlined />} onClick={() => navigate(editorPath(appId, selected))} data-testid="dashboard-edit">
          {t('dashboards.editor.edit')}
        </Button>
      )}
      <Button icon={<PlusOutlined />} disabled={all.status !== 'ok'} onClick={() => setCreating(true)} data-testid="dashboard-new">
        {t('dashboards.editor.create')}
      </Button>
      {drafts.length > 0 && (
        <Typography.Text type="secondary" data-testid="dashboard-drafts">
          {t('dashboards.editor.drafts')}{' '}
          {drafts.map((d, i) => (
            <span key={d.id}>
              {i > 0 && '、'}
              <Link to={editorPath(appId, d.id)}>{displayName(d.name, lang, d.id)}</Link>
            </span>
          ))}
        </Typography.Text>
      )}
      <NewDefinitionDialog kind="dashboard" open={creating} existing={existing} onClose={() => setCreating(false)} onCreated={(id) => navigate(editorPath(appId, id))} />
    </Flex>
  );
}

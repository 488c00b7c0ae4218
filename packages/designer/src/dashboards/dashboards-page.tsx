/** @module The dashboards section: pick one of the company's published dashboards and read it; admins edit and create them from here. */
import { Card, Empty, Flex, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { definitionPath } from '../app/navigation.js';
import { useLang } from '../i18n/use-lang.js';
import { useLoad } from '../renderer/index.js';
import { WhenLoaded } from '../runtime/common.js';
import { AdminActions } from './admin-actions.js';
import { dashboardsApi } from './api.js';
import type { DashboardSummary } from './api.js';
import { DashboardView } from './dashboard-view.js';

function Picker({ list, selected }: { readonly list: readonly DashboardSummary[]; readonly selected: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { appId = '' } = useParams();
  const navigate = useNavigate();
  return (
    <Space>
      <Typography.Text strong>{t('dashboards.pick')}</Typography.Text>
      <Select
        aria-label={t('dashboards.pick')}
        style={{ minWidth: 260 }}
        value={selected}
        options={list.map((d) => ({ value: d.id, label: d.name[lang] }))}
        onChange={(id: string) => navigate(definitionPath(appId, 'dashboard', id))}
        data-testid="dashboard-picker"
      />
    </Space>
  );
}

/** `/apps/:appId/dashboards` (the first dashboard) and `/apps/:appId/dashboards/:dashboardId`. */
export function DashboardsPage() {
  const { t } = useTranslation();
  const { dashboardId } = useParams();
  const [list, reload] = useLoad(() => dashboardsApi.list(), []);
  return (
    <WhenLoaded loaded={list} onRetry={reload}>
      {(items) => {
        const selected = dashboardId ?? items[0]?.id;
        if (selected === undefined) {
          return (
            <Card title={t('dashboards.title')} extra={<AdminActions />} data-testid="dashboards-none">
              <Empty description={t('dashboards.none')}>
                <Typography.Text type="secondary">{t('dashboards.noneHint')}</Typography.Text>
              </Empty>
            </Card>
          );
        }
        const picker = (
          <Flex gap={12} align="center" justify="space-between" wrap>
            <Picker list={items} selected={selected} />
            <AdminActions selected={selected} />
          </Flex>
        );
        return <DashboardView key={selected} id={selected} picker={picker} />;
      }}
    </WhenLoaded>
  );
}

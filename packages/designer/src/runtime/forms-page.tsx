/** @module The records section: the company's published forms, each opening its record list. */
import { mayEdit } from '@heng/engine';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/client.js';
import type { DefinitionSummary } from '../api/client.js';
import { useLang } from '../i18n/use-lang.js';
import { useLoad } from '../renderer/index.js';
import { nameIn, useMe, WhenLoaded } from './common.js';
import { recordsPath } from './paths.js';

/** `/apps/:appId/records`. */
export function RecordsHomePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { appId = '' } = useParams();
  // A form's id and version are for those who design forms; the others pick a form by its name.
  const designer = mayEdit('form', useMe().roles);
  const [forms, reload] = useLoad(async () => (await api.definitions('form')).filter((d) => d.latestVersion !== null), []);
  return (
    <Card title={t('runtime.forms.title')}>
      <Typography.Paragraph type="secondary">{t('runtime.forms.hint')}</Typography.Paragraph>
      <WhenLoaded loaded={forms} onRetry={reload}>
        {(items) => (
          <Table<DefinitionSummary>
            rowKey="id"
            pagination={false}
            dataSource={items}
            locale={{ emptyText: t('runtime.forms.none') }}
            columns={[
              { key: 'name', title: t('runtime.forms.name'), render: (_, d) => <Link to={recordsPath(appId, d.id)}>{nameIn(d.name, lang, d.id)}</Link> },
              ...(designer
                ? [
                    { key: 'id', title: t('runtime.forms.id'), dataIndex: 'id', render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
                    { key: 'version', title: t('runtime.forms.version'), dataIndex: 'latestVersion' },
                  ]
                : []),
            ]}
          />
        )}
      </WhenLoaded>
    </Card>
  );
}

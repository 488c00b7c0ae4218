/** @module `/apps/:appId/templates`: the template gallery with import previews, bundle file import and the app's export (admins only). */
import { Alert, Button, Card, Col, Empty, Result, Row, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors.js';
import { useLoad } from '../renderer/index.js';
import { useLang } from '../i18n/use-lang.js';
import { useMe } from '../runtime/common.js';
import { ADMIN_ROLE } from '../session/session.js';
import { templatesApi } from './api.js';
import type { ImportSource } from './api.js';
import { BundleActions } from './bundle-actions.js';
import { ImportDrawer } from './import-drawer.js';
import { TemplateCard } from './template-card.js';


/** What a signed-in user who is not an admin sees instead of the gallery. */
function AdminOnly() {
  const { t } = useTranslation();
  return <Result status="403" title={t('templates.adminOnly.title')} subTitle={t('templates.adminOnly.body')} data-testid="templates-admin-only" />;
}

/** The page; the gallery only for admins (the server refuses the others anyway). */
export function TemplatesPage() {
  const { roles } = useMe();
  return roles.includes(ADMIN_ROLE) ? <Gallery /> : <AdminOnly />;
}

function Gallery() {
  const { t } = useTranslation();
  const lang = useLang();
  const [templates, reload] = useLoad(() => templatesApi.list(), []);
  const [source, setSource] = useState<ImportSource>();
  const [unreadable, setUnreadable] = useState<string>();
  if (templates.status === 'error' && templates.error.status === 403) return <AdminOnly />;
  return (
    <Card title={t('nav.templates')} extra={<BundleActions onPicked={setSource} onUnreadable={setUnreadable} />} data-testid="templates-page">
      <div className="heng-stack">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('templates.hint')}</Typography.Paragraph>
        {unreadable !== undefined && <Alert type="error" showIcon closable title={unreadable} onClose={() => setUnreadable(undefined)} data-testid="bundle-unreadable" />}
        {templates.status === 'loading' && <Spin tip={t('templates.loading')} style={{ display: 'block', margin: '48px auto' }}><div /></Spin>}
        {templates.status === 'error' && (
          <Alert type="error" showIcon title={t('templates.loadFailed')} description={errorText(templates.error, lang)} action={<Button size="small" onClick={reload}>{t('templates.retry')}</Button>} />
        )}
        {templates.status === 'ok' && templates.value.length === 0 && <Empty description={t('templates.empty')} />}
        {templates.status === 'ok' && (
          <Row gutter={[16, 16]} data-testid="template-gallery">
            {templates.value.map((template) => (
              <Col key={template.id} xs={24} lg={12} xxl={8}>
                <TemplateCard template={template} onPreview={() => setSource({ kind: 'template', template })} />
              </Col>
            ))}
          </Row>
        )}
      </div>
      {source !== undefined && <ImportDrawer source={source} onClose={() => setSource(undefined)} />}
    </Card>
  );
}

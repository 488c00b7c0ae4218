/** @module The draft's charts as the dashboard will show them, computed on the server from real records. */
import type { DashboardDefinition } from '@heng/engine';
import { Alert, Card, Col, Empty, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import { problemText } from '../ops/index.js';
import { LoadFailed } from '../runtime/common.js';
import { ChartCard } from './chart-card.js';
import { SPAN } from './dashboard-view.js';
import { usePreview } from './use-preview.js';

/**
 * The preview under the editor: nothing while the draft has problems, the charts once it has none.
 *
 * @example
 * <PreviewPanel def={editor.def} blocked={editor.problems.length > 0} />
 */
export function PreviewPanel({ def, blocked }: { readonly def: DashboardDefinition; readonly blocked: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const preview = usePreview(def, blocked);
  let body;
  switch (preview.kind) {
    case 'blocked':
      body = <Alert type="info" showIcon title={t('dashboards.preview.fix')} />;
      break;
    case 'empty':
      body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboards.preview.none')} />;
      break;
    case 'refused':
      body = <Alert type="warning" showIcon title={t('dashboards.preview.refused')} description={<ul>{preview.problems.map((p) => <li key={`${p.path} ${p.code}`}>{problemText(p, lang)}</li>)}</ul>} />;
      break;
    case 'failed':
      body = <LoadFailed error={preview.error} />;
      break;
    default:
      body = (
        <Spin spinning={preview.kind === 'loading'}>
          <Row gutter={[16, 16]} style={{ minHeight: 120 }}>
            {preview.charts.map((c) => (
              <Col key={c.id} {...SPAN[c.type]}>
                <ChartCard chart={c} />
              </Col>
            ))}
          </Row>
        </Spin>
      );
  }
  return (
    <Card size="small" title={t('dashboards.preview.title')} extra={<Typography.Text type="secondary">{t('dashboards.preview.hint')}</Typography.Text>} data-testid="dashboard-preview" data-state={preview.kind}>
      {body}
    </Card>
  );
}

/** @module One template of the gallery: its name, version, description and what it holds, and the way to preview its import. */
import { EyeOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import { nameIn } from '../runtime/common.js';
import type { TemplateSummary } from './api.js';
import { contentsOf } from './plan.js';

/** A gallery card; `onPreview` starts the dry run of its import. */
export function TemplateCard({ template, onPreview }: { readonly template: TemplateSummary; readonly onPreview: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = nameIn(template.name, lang, template.id);
  return (
    <Card
      title={name}
      extra={<Tag>{t('templates.version', { version: template.version })}</Tag>}
      data-template={template.id}
      style={{ height: '100%' }}
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 12, height: 'calc(100% - 56px)' } }}
    >
      <Typography.Paragraph type="secondary" style={{ margin: 0, flex: 1 }}>
        {nameIn(template.description, lang, '')}
      </Typography.Paragraph>
      <Space size={[4, 8]} wrap data-testid="template-contents">
        {contentsOf(template.definitions).map((c) => (
          <Tag key={c.kind} color="blue">{t(`templates.contents.${c.kind}`, { count: c.count })}</Tag>
        ))}
        <Tag>{template.seedRecords === 0 ? t('templates.contents.noRecords') : t('templates.contents.records', { count: template.seedRecords })}</Tag>
      </Space>
      <div>
        <Button type="primary" icon={<EyeOutlined />} onClick={onPreview}>{t('templates.preview')}</Button>
      </div>
    </Card>
  );
}

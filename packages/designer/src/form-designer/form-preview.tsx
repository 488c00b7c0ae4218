/** @module The live preview: the form as users fill it in, rendered by the same record form, seen as a chosen role. */
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordForm } from '../renderer/index.js';
import { useDesigner } from './designer-context.js';

/** No role: every field writable, as an admin sees the form. */
const EVERYONE = '';

/** The record form of the form under edit; it follows every edit, and keeps what was typed into it until reset. */
export function FormPreview() {
  const { t } = useTranslation();
  const { def, roles, lang } = useDesigner();
  const [role, setRole] = useState(EVERYONE);
  const [round, setRound] = useState(0);
  return (
    <div className="fd-preview" data-testid="form-preview">
      <Flex align="center" gap={8} wrap className="fd-preview-bar">
        <Typography.Text type="secondary">{t('formDesigner.preview.as')}</Typography.Text>
        <Select
          size="small"
          style={{ minWidth: 160 }}
          aria-label={t('formDesigner.preview.as')}
          value={role}
          options={[{ value: EVERYONE, label: t('formDesigner.preview.everyone') }, ...roles.map((r) => ({ value: r.id, label: r.name[lang] }))]}
          onChange={setRole}
        />
        <Button size="small" icon={<ReloadOutlined />} onClick={() => setRound((n) => n + 1)} style={{ marginLeft: 'auto' }}>
          {t('formDesigner.preview.reset')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('formDesigner.preview.hint')}
      </Typography.Paragraph>
      <RecordForm key={`${role}:${round}`} form={def} roles={role === EVERYONE ? [] : [role]} />
    </div>
  );
}

/** @module A label edited in both languages at once, as definitions hold them. */
import type { LocalizedText } from '@heng/engine';
import { Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** Two inputs, 中文 and English, for one label. */
export function LocalizedInput({ value, onChange, status }: { readonly value: LocalizedText; readonly onChange: (v: LocalizedText) => void; readonly status?: 'error' }) {
  const { t } = useTranslation();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input aria-label={t('common.labelZh')} prefix={<span className="heng-lang-tag">中</span>} value={value['zh-CN']} status={status} onChange={(e) => onChange({ ...value, 'zh-CN': e.target.value })} />
      <Input aria-label={t('common.labelEn')} prefix={<span className="heng-lang-tag">EN</span>} value={value.en} status={status} onChange={(e) => onChange({ ...value, en: e.target.value })} />
    </Space.Compact>
  );
}

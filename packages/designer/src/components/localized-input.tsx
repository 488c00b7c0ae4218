/** @module A label edited in both languages at once, as definitions hold them. */
import type { LocalizedText } from '@heng/engine';
import { Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Two inputs, 中文 and English, for one label. `label` names what it is (标题), so that two of
 * them on one page read apart (标题（中文）, 统计值名称（中文）), not both 中文名称; `placeholder`
 * says what an input left empty stands for.
 */
export function LocalizedInput({ value, onChange, status, label, placeholder }: { readonly value: LocalizedText; readonly onChange: (v: LocalizedText) => void; readonly status?: 'error'; readonly label?: string; readonly placeholder?: string }) {
  const { t } = useTranslation();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input aria-label={label === undefined ? t('common.labelZh') : t('common.labelZhOf', { label })} prefix={<span className="heng-lang-tag">中</span>} value={value['zh-CN']} placeholder={placeholder} status={status} onChange={(e) => onChange({ ...value, 'zh-CN': e.target.value })} />
      <Input aria-label={label === undefined ? t('common.labelEn') : t('common.labelEnOf', { label })} prefix={<span className="heng-lang-tag">EN</span>} value={value.en} placeholder={placeholder} status={status} onChange={(e) => onChange({ ...value, en: e.target.value })} />
    </Space.Compact>
  );
}

/** @module The filter bar of a dashboard: one select per filter (region, industry, salesperson), cleared to show all. */
import { Button, Select, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import type { FilterView } from './api.js';
import type { FilterValues } from './query.js';

export interface FilterBarProps {
  readonly filters: readonly FilterView[];
  readonly values: FilterValues;
  readonly onChange: (values: FilterValues) => void;
}

/**
 * A select per filter, its choices from the server (a select's options, the company's users,
 * records); a filter over a field hidden from the user is shown disabled, saying why.
 *
 * @example
 * <FilterBar filters={view.filters} values={values} onChange={setValues} />
 */
export function FilterBar({ filters, values, onChange }: FilterBarProps) {
  const { t } = useTranslation();
  const lang = useLang();
  if (filters.length === 0) return null;
  const picked = Object.values(values).some((v) => v !== undefined);
  return (
    <Space wrap size="middle" data-testid="dashboard-filters" aria-label={t('dashboards.filters.title')}>
      {filters.map((f) => {
        const select = (
          <Select
            aria-label={f.label[lang]}
            style={{ width: 200 }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            disabled={f.hidden}
            placeholder={t('dashboards.filters.all')}
            value={values[f.id]}
            options={f.choices.flatMap((c) => (c.key === null ? [] : [{ value: c.key, label: c.label[lang] }]))}
            onChange={(v: string | undefined) => onChange({ ...values, [f.id]: v })}
            data-testid={`dashboard-filter-${f.id}`}
          />
        );
        return (
          <Space key={f.id} size={6}>
            <Typography.Text>{f.label[lang]}</Typography.Text>
            {f.hidden ? <Tooltip title={t('dashboards.filters.hidden')}>{select}</Tooltip> : select}
          </Space>
        );
      })}
      {picked && <Button onClick={() => onChange({})}>{t('dashboards.filters.clear')}</Button>}
    </Space>
  );
}

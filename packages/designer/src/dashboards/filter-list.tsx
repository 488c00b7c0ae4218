/** @module A dashboard's filters in the editor: each on a field of a published form, with an optional label; add and remove. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { DashboardFilter, Problem } from '@heng/engine';
import { Button, Card, Flex, Select, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { LocalizedInput } from '../components/localized-input.js';
import type { CompanyContext } from '../definitions/context.js';
import { useLang } from '../i18n/use-lang.js';
import { problemsAt, problemsUnder } from '../ops/index.js';
import { chartFields } from './field-choices.js';
import type { FilterChange } from './filter-ops.js';

export interface FilterListProps {
  readonly filters: readonly DashboardFilter[];
  readonly problems: readonly Problem[];
  readonly company: CompanyContext;
  /** The form a new filter starts on (the first chart's). */
  readonly defaultForm: string | undefined;
  readonly onAdd: (form: string, field: string) => void;
  readonly onChange: (id: string, change: FilterChange, key?: string) => void;
  readonly onRemove: (id: string) => void;
}

/** Kinds a filter picks one value of (engine: dashboard/paths.ts isFilterable). */
const FILTER_KINDS = ['text', 'boolean'] as const;

/**
 * The filters, one row each.
 *
 * @example
 * <FilterList filters={def.filters} problems={problems} company={company} defaultForm="customer" onAdd={…} onChange={…} onRemove={…} />
 */
export function FilterList({ filters, problems, company, defaultForm, onAdd, onChange, onRemove }: FilterListProps) {
  const { t } = useTranslation();
  const lang = useLang();
  // Selects first: what people filter a dashboard by (region, industry) rather than free text.
  const fieldsOf = (form: string) => chartFields(form, company.forms, company.ctx, FILTER_KINDS, lang, false).sort((a, b) => Number(b.info.options !== undefined) - Number(a.info.options !== undefined));
  const start = defaultForm ?? company.formChoices[0]?.id;
  const first = start === undefined ? undefined : fieldsOf(start)[0];
  return (
    <Card
      size="small"
      title={t('dashboards.filters.title')}
      extra={<Button size="small" icon={<PlusOutlined />} disabled={start === undefined || first === undefined} onClick={() => start !== undefined && first !== undefined && onAdd(start, first.value)} data-testid="filter-add">{t('dashboards.editor.addFilter')}</Button>}
      data-testid="filter-list"
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: filters.length === 0 ? 0 : 12 }}>{filters.length === 0 ? t('dashboards.editor.noFilters') : t('dashboards.editor.filterHint')}</Typography.Paragraph>
      <div className="heng-stack" style={{ gap: 8 }}>
        {filters.map((f, i) => {
          const at = `/filters/${i}`;
          const form = f.form ?? defaultForm ?? '';
          const fields = fieldsOf(form);
          return (
            <div key={f.id} data-testid={`filter-${f.id}`}>
              <Flex gap={8} wrap align="center">
                <Select aria-label={t('dashboards.editor.filterFormOf', { id: f.id })} style={{ width: 220 }} status={statusOf(problemsAt(problems, `${at}/form`))} value={form === '' ? undefined : form} options={company.formChoices.map((c) => ({ value: c.id, label: c.name[lang] }))} onChange={(next: string) => onChange(f.id, { form: next, field: fieldsOf(next)[0]?.value ?? f.field })} />
                <Select aria-label={t('dashboards.editor.filterFieldOf', { id: f.id })} style={{ width: 200 }} status={statusOf(problemsAt(problems, `${at}/field`))} value={f.field} options={[...(fields.some((x) => x.value === f.field) ? [] : [{ value: f.field, label: f.field }]), ...fields.map((x) => ({ value: x.value, label: x.label }))]} onChange={(field: string) => onChange(f.id, { form, field })} />
                <div style={{ flex: 1, minWidth: 260 }}>
                  <LocalizedInput label={t('dashboards.editor.filterLabelOf', { id: f.id })} value={f.label ?? { en: '', 'zh-CN': '' }} onChange={(label) => onChange(f.id, { label }, `filter:${f.id}:label`)} />
                </div>
                <Tooltip title={t('dashboards.editor.removeFilter')}>
                  <Button type="text" danger aria-label={t('dashboards.editor.removeFilter')} icon={<DeleteOutlined />} onClick={() => onRemove(f.id)} />
                </Tooltip>
              </Flex>
              <FieldProblems problems={problemsUnder(problems, at)} />
            </div>
          );
        })}
      </div>
    </Card>
  );
}

/** @module The filter bar of a record list: a field (or a scorecard's score or grade), an operator its kind takes, a value typed as the field holds it. */
import type { FieldInfo, FormDefinition } from '@heng/engine';
import { CloseOutlined, FilterOutlined } from '@ant-design/icons';
import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ValueInput } from '../components/value-input.js';
import { useLang } from '../i18n/use-lang.js';
import { removeById, replaceById, uniqueId } from '../ops/ids.js';
import { optionLabel } from '../scorecard/fields.js';
import { isBlankOp } from './list-query.js';
import type { Filter, FilterOp } from './list-query.js';
import { columnTitle, filterOps, scoreFilters } from './score-columns.js';
import type { ScoreColumn } from './score-columns.js';

const isRange = (op: FilterOp): op is 'gt' | 'gte' | 'lt' | 'lte' => op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte';

/** A filter being edited, with a stable id for its row. */
export interface FilterRow extends Filter {
  readonly id: string;
}

export interface RecordFiltersProps {
  readonly form: FormDefinition;
  /** The fields the user may filter on. */
  readonly fields: readonly FieldInfo[];
  /** The score columns of the form's scorecards: each score and grade may be filtered on too. */
  readonly scores: readonly ScoreColumn[];
  readonly filters: readonly FilterRow[];
  readonly onChange: (filters: readonly FilterRow[]) => void;
}

/** The filters, one row each, and the buttons to add one and clear them all. */
export function RecordFilters({ form, fields: formFields, scores, filters, onChange }: RecordFiltersProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const fields = [...formFields, ...scoreFilters(scores)];
  const byId = new Map(fields.map((f) => [f.id, f]));
  const scoreOf = (id: string) => scores.find((c) => c.id === id);
  const label = (id: string) => {
    const score = scoreOf(id);
    return score === undefined ? (form.fields.find((f) => f.id === id)?.label[lang] ?? id) : columnTitle(score, lang, t);
  };
  // A grade's options read as the score tab shows them: "A · 优选".
  const gradeText = (id: string) => {
    const score = scoreOf(id);
    return score?.part !== 'grade' ? undefined : (o: string) => optionLabel(form, 'grade', o, lang, score.card.grades);
  };
  // A date's comparisons read as before and after.
  const opLabel = (op: FilterOp, info: FieldInfo) => (isRange(op) && (info.kind === 'date' || info.kind === 'datetime') ? t(`runtime.list.dateOps.${op}`) : t(`runtime.list.ops.${op}`));
  const first = fields[0];
  const set = (id: string, change: (row: FilterRow) => FilterRow) => onChange(replaceById(filters, id, change));
  return (
    <div className="heng-stack" data-testid="record-filters">
      {filters.map((row) => {
        const info = byId.get(row.field);
        if (info === undefined) return null;
        return (
          <Space key={row.id} wrap data-filter={row.field}>
            <Select
              aria-label={t('runtime.list.field')}
              style={{ width: 200 }}
              showSearch={{ optionFilterProp: 'label' }}
              value={row.field}
              options={fields.map((f) => ({ value: f.id, label: label(f.id) }))}
              onChange={(field: string) => set(row.id, (r) => ({ ...r, field, op: filterOps(byId.get(field) ?? { id: field, type: 'text', kind: 'text' })[0] ?? 'eq', value: undefined }))}
            />
            <Select
              aria-label={t('runtime.list.op')}
              style={{ width: 140 }}
              value={row.op}
              options={filterOps(info).map((op) => ({ value: op, label: opLabel(op, info) }))}
              onChange={(op: FilterOp) => set(row.id, (r) => ({ ...r, op, value: isBlankOp(op) ? true : undefined }))}
            />
            {!isBlankOp(row.op) && (
              <div style={{ width: 260 }}>
                <ValueInput field={info} form={form} mode={row.op === 'in' ? 'list' : info.kind === 'list' ? 'element' : 'scalar'} value={row.value} label={t('runtime.list.value')} optionText={gradeText(row.field)} allowClear onChange={(value) => set(row.id, (r) => ({ ...r, value }))} />
              </div>
            )}
            <Button type="text" icon={<CloseOutlined />} aria-label={t('runtime.list.removeFilter')} onClick={() => onChange(removeById(filters, row.id))} />
          </Space>
        );
      })}
      <Space>
        <Button
          icon={<FilterOutlined />}
          disabled={first === undefined}
          onClick={() => first !== undefined && onChange([...filters, { id: uniqueId('filter', filters.map((f) => f.id)), field: first.id, op: filterOps(first)[0] ?? 'eq', value: undefined }])}
        >
          {t('runtime.list.addFilter')}
        </Button>
        {filters.length > 0 && <Button onClick={() => onChange([])}>{t('runtime.list.clear')}</Button>}
      </Space>
    </div>
  );
}

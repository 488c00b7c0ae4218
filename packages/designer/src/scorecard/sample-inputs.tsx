/** @module The sample customer: picked from stored records or typed in, an input for each field the card reads, and the formula fields computed from them. */
import type { FieldDefinition } from '@heng/engine';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import { ValueInput } from '../components/value-input.js';
import { formatDate } from '../format/date.js';
import { formatMoney, formatNumber, formatPercent } from '../format/money.js';
import type { Lang } from '../i18n/language.js';
import { useEditor } from './editor-context.js';
import { fieldsRead } from './preview.js';
import { RecordPicker } from './record-picker.js';

export interface SampleInputsProps {
  readonly record: Readonly<Record<string, unknown>>;
  readonly onRecord: (r: Readonly<Record<string, unknown>>) => void;
  /** The record with formulas computed. */
  readonly computed: Readonly<Record<string, unknown>>;
}

/** Inputs for the sample record, two per row. */
export function SampleInputs({ record, onRecord, computed }: SampleInputsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { def, form, catalog } = useEditor();
  const read = useMemo(() => fieldsRead(def, form), [def, form]);
  const byId = new Map(form.fields.map((f) => [f.id, f]));
  return (
    <div style={{ marginTop: 12 }}>
      <div className="heng-label">{t('preview.sample')}</div>
      <RecordPicker form={form} empty={Object.keys(record).length === 0} onPick={onRecord} />
      <div className="heng-sample-grid">
        {read.inputs.map((id) => {
          const info = catalog.get(id);
          const field = byId.get(id);
          if (info === undefined || field === undefined) return null;
          return (
            <label key={id} className="heng-sample-field">
              <span className="heng-ellipsis">{field.label[lang]}</span>
              <ValueInput
                field={info}
                form={form}
                label={field.label[lang]}
                value={record[id]}
                allowClear
                onChange={(v) => {
                  const { [id]: _old, ...rest } = record;
                  onRecord(v === undefined ? rest : { ...rest, [id]: v });
                }}
              />
            </label>
          );
        })}
        {read.computed.map((id) => {
          const field = byId.get(id);
          if (field === undefined) return null;
          return (
            <div key={id} className="heng-sample-field is-computed">
              <span className="heng-ellipsis">{field.label[lang]}</span>
              <span className="heng-computed" data-testid={`computed-${id}`}>
                {shown(field, computed[id], lang)}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}

function shown(field: FieldDefinition, value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'number') {
    const type = field.type === 'formula' ? field.resultType : field.type;
    const decimals = 'decimals' in field && typeof field.decimals === 'number' ? field.decimals : 2;
    if (type === 'money') return formatMoney(value, lang);
    if (type === 'percent') return formatPercent(value, lang, decimals);
    return formatNumber(value, lang, decimals);
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  return String(value);
}

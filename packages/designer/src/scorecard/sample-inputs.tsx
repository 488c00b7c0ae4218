/** @module The sample record: picked from stored records or typed in, an input for each field the card reads, and the formula fields computed from them. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import { ValueInput } from '../components/value-input.js';
import { withValue } from '../rule-editor/sample-fields.js';
import { displayTypeOf, showValue } from '../rule-editor/show-value.js';
import { useEditor } from './editor-context.js';
import { fieldsRead } from './preview.js';
import { RecordPicker } from '../components/record-picker.js';

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
                onChange={(v) => onRecord(withValue(record, id, v))}
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
                {showValue(id, computed[id], { form, lang, none: '—', ...displayTypeOf(form, id) })}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}

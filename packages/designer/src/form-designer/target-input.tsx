/** @module A reference field's target: the id of the form whose records it points at, picked from the tenant's forms or typed. */
import { AutoComplete } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { patchField } from '../ops/form-props.js';
import { problemsUnder } from '../ops/problems.js';
import { refKey, useDesigner } from './designer-context.js';
import type { FieldEditorProps } from './designer-context.js';

/**
 * The target form, picked from the company's forms or typed: an id typed by hand is checked by
 * the server, which knows every form.
 */
export function TargetInput({ field, fieldRef, path }: FieldEditorProps) {
  const { t } = useTranslation();
  const { def, forms, lang, problems, apply } = useDesigner();
  if (field.type !== 'reference') return null;
  const mine = problemsUnder(problems, `${path}/target`);
  const options = [def, ...forms.filter((f) => f.id !== def.id)].map((f) => ({ value: f.id, label: `${f.name[lang]} (${f.id})` }));
  return (
    <div className="fd-block">
      <div className="heng-label">{t('formDesigner.reference.target')}</div>
      <AutoComplete
        style={{ width: '100%' }}
        aria-label={t('formDesigner.reference.target')}
        value={field.target}
        options={options}
        status={statusOf(mine)}
        showSearch={{ filterOption: (input, option) => (option?.label ?? '').toLowerCase().includes(input.toLowerCase()) }}
        // A filter names the old target's fields: it goes with it.
        onChange={(target: string) => apply((d) => patchField(d, fieldRef, target.trim() === field.target ? { target: target.trim() } : { target: target.trim(), filter: undefined }), `target:${refKey(fieldRef)}`)}
      />
      <div className="heng-muted">{t('formDesigner.reference.hint')}</div>
      <FieldProblems problems={mine} />
    </div>
  );
}

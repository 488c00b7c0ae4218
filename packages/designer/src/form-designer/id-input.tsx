/** @module A field's id, renamed in place: formulas, conditions and row access of the form that name it follow. */
import { Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { idProblem, renameField } from '../ops/form-references.js';
import { useDesigner } from './designer-context.js';
import type { FieldEditorProps } from './designer-context.js';

/** The id, applied on Enter or when the input loses focus; a wrong one is explained and not applied. */
export function IdInput({ fieldRef }: Pick<FieldEditorProps, 'fieldRef'>) {
  const { t } = useTranslation();
  const { def, apply, select } = useDesigner();
  const [text, setText] = useState(fieldRef.id);
  const wrong = text === fieldRef.id ? undefined : idProblem(def, fieldRef, text);
  const commit = () => {
    if (wrong !== undefined || text === fieldRef.id) return;
    apply((d) => renameField(d, fieldRef, text));
    select({ kind: 'field', ref: { ...fieldRef, id: text } });
  };
  return (
    <div>
      <Input
        className="heng-mono"
        aria-label={t('formDesigner.field.id')}
        value={text}
        status={wrong === undefined ? undefined : 'error'}
        onChange={(e) => setText(e.target.value.trim())}
        onBlur={commit}
        onPressEnter={commit}
      />
      {wrong !== undefined && (
        <div role="alert" className="heng-problems heng-danger" style={{ fontSize: 12 }}>
          {t(`formDesigner.field.id_${wrong}`, { id: text })}
        </div>
      )}
    </div>
  );
}

/** @module Removing a field after a confirmation that lists what names it (formulas, visibility conditions), so nothing breaks unseen. */
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldAt, removeField } from '../ops/form-fields.js';
import type { FieldRef } from '../ops/form-fields.js';
import { fieldUsages } from '../ops/form-references.js';
import { useDesigner } from './designer-context.js';

/**
 * A function that asks, then removes field `ref` and selects the form (or the table, for a column).
 *
 * @example
 * const remove = useRemoveField();
 * <Button onClick={() => remove({ id: 'region' })} />
 */
export function useRemoveField(): (ref: FieldRef) => void {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { def, lang, apply, select } = useDesigner();
  return (ref) => {
    const field = fieldAt(def, ref);
    if (field === undefined) return;
    const usages = fieldUsages(def, ref);
    const name = field.label[lang];
    const labelOf = (r: FieldRef) => {
      const f = fieldAt(def, r);
      const table = r.table === undefined ? undefined : fieldAt(def, { id: r.table });
      return `${table === undefined ? '' : `${table.label[lang]} › `}${f?.label[lang] ?? r.id}`;
    };
    void modal.confirm({
      title: t('formDesigner.remove.title', { name }),
      content:
        usages.length === 0 ? (
          t('formDesigner.remove.unused')
        ) : (
          <div data-testid="remove-usages">
            <p>{t('formDesigner.remove.used', { count: usages.length })}</p>
            <ul className="fd-usage-list">
              {usages.map((u) => (
                <li key={`${u.by.table ?? ''}/${u.by.id}/${u.where}`}>{t(`formDesigner.remove.where.${u.where}`, { field: labelOf(u.by) })}</li>
              ))}
            </ul>
          </div>
        ),
      okText: t('common.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => {
        apply((d) => removeField(d, ref));
        select(ref.table === undefined ? { kind: 'form' } : { kind: 'field', ref: { id: ref.table } });
      },
    });
  };
}

/**
 * @module Removing a field after a confirmation that lists what names it (formulas, visibility
 * conditions, row access, and the company's published definitions that read it), so nothing breaks unseen.
 */
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import type { DefinitionReader } from '../api/client.js';
import { fieldAt, removeField } from '../ops/form-fields.js';
import type { FieldRef } from '../ops/form-fields.js';
import { fieldUsages } from '../ops/form-references.js';
import { rowAccessByRole } from '../ops/form-row-access.js';
import { useDesigner } from './designer-context.js';

/**
 * A function that asks, then removes field `ref` and selects the form (or the table, for a column).
 *
 * @example
 * const remove = useRemoveField();
 * <Button onClick={() => remove({ id: 'region' })} />
 */
export function useRemoveField(): (ref: FieldRef) => Promise<void> {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { def, roles, lang, apply, select } = useDesigner();
  return async (ref) => {
    const field = fieldAt(def, ref);
    if (field === undefined) return;
    // The published rule sets, scorecards, flows, dashboards and forms that read it (a column is read through its table only).
    const readers: readonly DefinitionReader[] = ref.table === undefined ? await api.readers('form', def.id, ref.id).catch(() => []) : [];
    const usages = fieldUsages(def, ref);
    // A role's row access going by the field is left for the admin to fix, never dropped: dropping
    // it would silently let that role see every record.
    const ruled = ref.table === undefined ? rowAccessByRole(def).filter((r) => r.fields.includes(ref.id)) : [];
    const roleName = (id: string) => roles.find((r) => r.id === id)?.name[lang] ?? id;
    const name = field.label[lang];
    const labelOf = (r: FieldRef) => {
      const f = fieldAt(def, r);
      const table = r.table === undefined ? undefined : fieldAt(def, { id: r.table });
      return `${table === undefined ? '' : `${table.label[lang]} › `}${f?.label[lang] ?? r.id}`;
    };
    void modal.confirm({
      title: t('formDesigner.remove.title', { name }),
      content: (
        <>
          {usages.length + ruled.length === 0 ? (
          t('formDesigner.remove.unused')
        ) : (
          <div data-testid="remove-usages">
            <p>{t('formDesigner.remove.used', { count: usages.length + ruled.length })}</p>
            <ul className="fd-usage-list">
              {usages.map((u) => (
                <li key={`${u.by.table ?? ''}/${u.by.id}/${u.where}`}>{t(`formDesigner.remove.where.${u.where}`, { field: labelOf(u.by) })}</li>
              ))}
              {ruled.map((r) => (
                <li key={`row-access/${r.role}`}>{t('formDesigner.remove.where.rowAccess', { role: roleName(r.role) })}</li>
              ))}
            </ul>
          </div>
        )}
          {readers.length > 0 && (
            <div data-testid="remove-readers">
              <p>{t('formDesigner.remove.readers')}</p>
              <ul className="fd-usage-list">
                {readers.map((r) => (
                  <li key={`${r.kind}/${r.id}`}>{t('formDesigner.remove.reader', { kind: t(`definitions.kinds.${r.kind}`), name: r.name[lang] })}</li>
                ))}
              </ul>
            </div>
          )}
        </>
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

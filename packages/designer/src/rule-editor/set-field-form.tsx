/** @module The `set_field` action's form: the record (this one or a referenced one), a field of its form, and a value typed as the field holds it, or a formula. */
import { formCatalog } from '@heng/engine';
import type { FieldInfo, SetFieldAction } from '@heng/engine';
import { Checkbox, Flex, Input, Segmented, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { statusOf } from '../components/field-problems.js';
import { ValueInput } from '../components/value-input.js';
import { defaultValue } from '../ops/condition.js';
import { problemsAt, problemsUnder } from '../ops/problems.js';
import { firstWritable, isWritable } from '../ops/ruleset-actions.js';
import { Labelled, TargetSelect } from './action-inputs.js';
import type { ActionFormProps } from './action-forms.js';
import { useRuleEditor } from './editor-context.js';
import { writtenForm } from './written-form.js';

type Source = 'value' | 'formula';

function withoutAppend<A extends { readonly append?: boolean }>({ append: _append, ...rest }: A): Omit<A, 'append'> {
  return rest;
}

/**
 * Record ("this record" or the one a reference field points to), field, then "value" or "formula"; an empty value writes null, which clears the field.
 * A multi-line text field may take the value as a new line after what it holds instead (a reason per write-off).
 */
export function SetFieldForm({ action, path, onChange }: ActionFormProps<SetFieldAction>) {
  const { t } = useTranslation();
  const { problems, form, forms, lang, fieldText } = useRuleEditor();
  const target = writtenForm(form, forms, action.on);
  const catalog = useMemo(() => (target === undefined ? new Map<string, FieldInfo>() : formCatalog(target)), [target]);
  const label = (id: string) => (action.on === undefined ? fieldText(id) : (target?.fields.find((f) => f.id === id)?.label[lang] ?? id));
  const info = catalog.get(action.field);
  const source: Source = action.formula !== undefined ? 'formula' : 'value';
  const lines = info?.type === 'long_text';
  const base = { kind: action.kind, id: action.id, ...(action.on === undefined ? {} : { on: action.on }), field: action.field, ...(action.append === true ? { append: true } : {}) } as const;
  const retarget = (on: string | undefined) => {
    const next = writtenForm(form, forms, on);
    const { field, value } = firstWritable(next === undefined ? new Map() : formCatalog(next));
    const written = { kind: action.kind, id: action.id, ...(on === undefined ? {} : { on }), field };
    onChange(source === 'formula' ? { ...written, formula: action.formula ?? '' } : { ...written, value });
  };
  return (
    <div className="hr-action-grid">
      <TargetSelect label={t('ruleEditor.actions.on')} value={action.on} path={`${path}/on`} onChange={retarget} />
      <Labelled label={t('ruleEditor.actions.field')}>
        <Select
          size="small"
          aria-label={t('ruleEditor.actions.field')}
          showSearch={{ optionFilterProp: 'label' }}
          status={statusOf(problemsAt(problems, `${path}/field`))}
          value={action.field === '' ? undefined : action.field}
          options={[...catalog.values()].filter(isWritable).map((f) => ({ value: f.id, label: label(f.id) }))}
          onChange={(id: string) => {
            const next = catalog.get(id);
            if (next === undefined) return;
            // Only a multi-line text field takes a line added: another field is written over.
            const written = next.type === 'long_text' ? base : withoutAppend(base);
            onChange(source === 'formula' ? { ...written, field: id, formula: action.formula ?? '' } : { ...written, field: id, value: defaultValue(next, 'equal') });
          }}
        />
      </Labelled>
      <Labelled label={t(`ruleEditor.actions.${source === 'value' ? 'value' : 'formula'}`)} grow={2} basis={220}>
        <Flex gap={6}>
          <Segmented<Source>
            size="small"
            value={source}
            options={(['value', 'formula'] as const).map((s) => ({ value: s, label: t(`ruleEditor.actions.source.${s}`) }))}
            onChange={(s) => onChange(s === 'formula' ? { ...base, formula: '' } : { ...base, value: info === undefined ? null : defaultValue(info, 'equal') })}
          />
          <div style={{ flex: 1, minWidth: 0 }}>
            {source === 'formula' ? (
              <Input
                size="small"
                className="heng-mono"
                aria-label={t('ruleEditor.actions.formula')}
                placeholder={t('ruleEditor.actions.formulaPlaceholder')}
                status={statusOf(problemsUnder(problems, `${path}/formula`))}
                value={action.formula}
                onChange={(e) => onChange({ ...base, formula: e.target.value }, 'formula')}
              />
            ) : info === undefined ? null : (
              <ValueInput
                label={t('ruleEditor.actions.value')}
                field={info}
                form={target ?? form}
                allowClear
                value={action.value ?? undefined}
                status={statusOf(problemsUnder(problems, `${path}/value`))}
                onChange={(v) => onChange({ ...base, value: v === undefined ? null : v }, 'value')}
              />
            )}
          </div>
        </Flex>
      </Labelled>
      {lines || action.append === true ? (
        <Checkbox
          checked={action.append === true}
          onChange={(e) => onChange(e.target.checked ? { ...action, append: true } : withoutAppend(action))}
        >
          {t('ruleEditor.actions.append')}
        </Checkbox>
      ) : null}
    </div>
  );
}

/** @module A reference field's filter in the settings panel: which records of its form the picker offers, without writing JSON. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { operators, optionsOf } from '@heng/engine';
import type { FieldDefinition, ReferenceFilter, ReferenceFilterOperator } from '@heng/engine';
import { Button, Input, InputNumber, Segmented, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { isFilterable, newEntry, sameAsChoices, setFilterEntry } from '../ops/form-reference-filter.js';
import { problemsUnder } from '../ops/problems.js';
import { FieldPick, useFormOf } from './derived-editors.js';
import { refKey, useDesigner } from './designer-context.js';
import type { FieldEditorProps } from './designer-context.js';

const OPERATORS: readonly ReferenceFilterOperator[] = ['equal', 'notEqual', 'in'];
const full = { width: '100%' };

/** The constant an entry compares with, typed as the target's field holds it: an option, a yes/no, a number or text; several for `in`. */
function ValueInput({ theirs, operator, value, onChange, label }: { readonly theirs: FieldDefinition | undefined; readonly operator: ReferenceFilterOperator; readonly value: unknown; readonly onChange: (v: unknown) => void; readonly label: string }) {
  const { lang } = useDesigner();
  const many = operator === 'in';
  const options = theirs === undefined ? undefined : optionsOf(theirs);
  if (options !== undefined || theirs?.type === 'boolean') {
    // A yes/no is offered as the texts "true" and "false" and kept as the boolean it names.
    const choices = options?.map((o) => ({ value: o.id, label: o.label[lang] })) ?? [{ value: 'true', label: '✓' }, { value: 'false', label: '✗' }];
    const shown = typeof value === 'boolean' ? String(value) : value;
    const kept = (v: unknown) => (options === undefined && typeof v === 'string' ? v === 'true' : v);
    return <Select style={full} aria-label={label} mode={many ? 'multiple' : undefined} value={shown as string | string[]} options={choices} onChange={(v: unknown) => onChange(kept(v))} />;
  }
  if (many) return <Select style={full} aria-label={label} mode="tags" value={Array.isArray(value) ? value : []} onChange={onChange} />;
  const numeric = theirs !== undefined && ['number', 'money', 'percent'].includes(theirs.type);
  if (numeric) return <InputNumber style={full} aria-label={label} value={typeof value === 'number' ? value : null} onChange={(v) => onChange(v ?? undefined)} />;
  return <Input aria-label={label} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />;
}

/** One entry: the target's field, then the same as a field of this form, or compared with a value. */
function EntryRow({ entry, index, theirFields, ...props }: FieldEditorProps & { readonly entry: ReferenceFilter; readonly index: number; readonly theirFields: readonly FieldDefinition[] | undefined }) {
  const { t } = useTranslation();
  const { def, lang, problems, apply } = useDesigner();
  const { fieldRef, path } = props;
  const set = (next: ReferenceFilter | undefined) => apply((d) => setFilterEntry(d, fieldRef, index, next), `filter:${refKey(fieldRef)}:${index}`);
  const theirs = theirFields?.find((f) => f.id === entry.field);
  const at = `${path}/filter/${index}`;
  const same = 'sameAs' in entry;
  const n = index + 1;
  return (
    <div className="fd-block" data-testid={`filter-entry-${index}`}>
      <Space.Compact style={full}>
        <FieldPick label={t('formDesigner.reference.filterField', { n })} fields={theirFields} value={entry.field} status={statusOf(problemsUnder(problems, `${at}/field`))} onChange={(id) => { const f = theirFields?.find((x) => x.id === id); set(f === undefined ? { ...entry, field: id } : newEntry(def, f)); }} />
        <Button aria-label={t('formDesigner.reference.filterRemove', { n })} icon={<DeleteOutlined />} onClick={() => set(undefined)} />
      </Space.Compact>
      <Segmented
        block
        value={same ? 'same' : 'value'}
        options={[{ value: 'same', label: t('formDesigner.reference.filterSame') }, { value: 'value', label: t('formDesigner.reference.filterValue') }]}
        onChange={(mode) => set(mode === 'same' ? { field: entry.field, sameAs: (theirs === undefined ? undefined : sameAsChoices(def, theirs)[0]?.id) ?? '' } : { field: entry.field, operator: 'equal', value: '' })}
      />
      {same ? (
        <FieldPick label={t('formDesigner.reference.filterSameAs', { n })} fields={theirs === undefined ? def.fields : sameAsChoices(def, theirs)} value={entry.sameAs || undefined} status={statusOf(problemsUnder(problems, `${at}/sameAs`))} onChange={(id) => set({ field: entry.field, sameAs: id })} />
      ) : (
        <Space.Compact style={full}>
          <Select aria-label={t('formDesigner.reference.filterOperator', { n })} value={entry.operator} options={OPERATORS.map((o) => ({ value: o, label: operators[o].label[lang] }))} onChange={(operator) => set({ ...entry, operator, value: operator === 'in' ? [] : '' })} />
          <ValueInput theirs={theirs} operator={entry.operator} value={entry.value} label={t('formDesigner.reference.filterConstant', { n })} onChange={(value) => set({ ...entry, value })} />
        </Space.Compact>
      )}
      <FieldProblems problems={problemsUnder(problems, at)} />
    </div>
  );
}

/**
 * The filter of a reference field: entries on its form's fields, each the same as a field of this
 * form (the customer of the receivable as the payment's) or compared with a value (status open).
 */
export function ReferenceFilterEditor(props: FieldEditorProps) {
  const { t } = useTranslation();
  const { def, apply } = useDesigner();
  const { field, fieldRef } = props;
  const target = useFormOf(field.type === 'reference' ? field.target : undefined);
  if (field.type !== 'reference' || fieldRef.table !== undefined) return null;
  const theirFields = target?.fields.filter(isFilterable);
  const entries = field.filter ?? [];
  const first = theirFields?.[0];
  return (
    <div className="fd-block" data-testid="reference-filter">
      <div className="heng-label">{t('formDesigner.reference.filter')}</div>
      <div className="heng-muted">{t('formDesigner.reference.filterHint')}</div>
      {entries.map((entry, i) => (
        <EntryRow key={i} {...props} entry={entry} index={i} theirFields={theirFields} />
      ))}
      <Button size="small" icon={<PlusOutlined />} disabled={first === undefined} onClick={() => first !== undefined && apply((d) => setFilterEntry(d, fieldRef, entries.length, newEntry(def, first)))}>
        {t('formDesigner.reference.filterAdd')}
      </Button>
    </div>
  );
}

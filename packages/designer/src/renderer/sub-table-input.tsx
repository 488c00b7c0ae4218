/** @module A sub-table filled in row by row: each column's input in a cell, formula columns computed live, rows added and removed. */
import type { FieldDefinition, FormRecord, SubTableField } from '@heng/engine';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import type { DisplayWords } from './display-value.js';
import { inputOf, isInputType } from './field-input.js';
import { isTypedText } from './form-model.js';
import type { NumericType } from './form-model.js';
import { errorText } from './problem-errors.js';
import { ValueView } from './value-view.js';

/** The key react-hook-form gives each row; not `id`, which a column may be called. */
const ROW_KEY = '_rowKey';

function Cell({ name, column, label }: { readonly name: string; readonly column: FieldDefinition; readonly label: string }) {
  const { control } = useFormContext();
  const { t } = useTranslation();
  const lang = useLang();
  if (!isInputType(column.type)) return null;
  const Input = inputOf(column.type);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const problem = errorText(fieldState.error, lang) ?? (fieldState.isTouched && isTypedText(column.type, field.value) ? t(`runtime.form.notANumber.${column.type as NumericType}`) : undefined);
        return (
          <div data-cell={name}>
            <Input field={column} value={field.value} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} ariaLabel={label} status={problem === undefined ? undefined : 'error'} />
            {problem !== undefined && (
              <Typography.Text type="danger" role="alert" style={{ display: 'block', fontSize: 12, lineHeight: 1.4 }}>
                {problem}
              </Typography.Text>
            )}
          </div>
        );
      }}
    />
  );
}

/** The rows of `field`; `computed` is the record with formulas computed, for the formula columns. */
export function SubTableInput({ field, computed, words }: { readonly field: SubTableField; readonly computed: FormRecord; readonly words: DisplayWords }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { control } = useFormContext();
  const { fields: rows, append, remove } = useFieldArray({ control, name: field.id, keyName: ROW_KEY });
  const computedRows = Array.isArray(computed[field.id]) ? (computed[field.id] as Record<string, unknown>[]) : [];
  const defaults = () => Object.fromEntries(field.columns.flatMap((c) => (c.type !== 'formula' && c.default !== undefined ? [[c.id, c.default]] : [])));
  return (
    <div className="heng-stack" data-subtable={field.id}>
      <Table<Record<string, unknown>>
        size="small"
        pagination={false}
        rowKey={ROW_KEY}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('runtime.form.noRows') }}
        dataSource={rows}
        columns={[
          { key: '_n', title: '#', width: 40, render: (_v, _r, i) => i + 1 },
          ...field.columns.map((c) => ({
            key: c.id,
            title: c.label[lang],
            width: 180,
            render: (_v: unknown, _r: unknown, i: number) =>
              !isInputType(c.type) ? <ValueView field={c} value={computedRows[i]?.[c.id]} words={words} /> : <Cell name={`${field.id}.${i}.${c.id}`} column={c} label={t('runtime.form.cell', { column: c.label[lang], n: i + 1 })} />,
          })),
          {
            key: '_remove',
            width: 48,
            render: (_v, _r, i) => <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('runtime.form.removeRow', { n: i + 1 })} onClick={() => remove(i)} />,
          },
        ]}
      />
      <Button icon={<PlusOutlined />} onClick={() => append(defaults())} style={{ alignSelf: 'flex-start' }}>
        {t('runtime.form.addRow')}
      </Button>
    </div>
  );
}

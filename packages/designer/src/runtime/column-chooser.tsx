/** @module The record list's column chooser: find and tick the columns to show (fields, scores, grades); new ones go last, "Reset" goes back to the form's columns. */
import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Popover } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A column the user may show: its id (a field's, or `score:<scorecard>`) and its name in their language. */
export interface ColumnChoice {
  readonly id: string;
  readonly label: string;
}

export interface ColumnChooserProps {
  /** Every column the user may show: the fields in form order, then the scores. */
  readonly choices: readonly ColumnChoice[];
  /** The columns shown now, in their order. */
  readonly shown: readonly string[];
  /** The new columns; undefined: back to the form's own. */
  readonly onChange: (ids: readonly string[] | undefined) => void;
}

/**
 * A "Columns" button whose popover lists the columns to tick.
 *
 * @example
 * <ColumnChooser choices={[{ id: 'company_name', label: '企业名称' }, { id: 'grade:credit_score', label: '等级 · 信用评分' }]} shown={['company_name']} onChange={choose} />
 */
export function ColumnChooser({ choices, shown, onChange }: ColumnChooserProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const wanted = search.trim().toLowerCase();
  const listed = wanted === '' ? choices : choices.filter((f) => f.label.toLowerCase().includes(wanted) || f.id.includes(wanted));
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...shown, id] : shown.filter((s) => s !== id);
    // At least one column stays.
    if (next.length > 0) onChange(next);
  };
  const list = (
    <Flex vertical gap={4} style={{ maxHeight: 400, overflowY: 'auto', minWidth: 220 }} data-testid="column-chooser">
      {choices.length > 10 && <Input.Search size="small" allowClear placeholder={t('runtime.list.findColumn')} aria-label={t('runtime.list.findColumn')} value={search} onChange={(e) => setSearch(e.target.value)} />}
      {listed.map((f) => (
        <Checkbox key={f.id} checked={shown.includes(f.id)} disabled={shown.length === 1 && shown.includes(f.id)} onChange={(e) => toggle(f.id, e.target.checked)}>
          {f.label}
        </Checkbox>
      ))}
      <Button size="small" type="link" style={{ alignSelf: 'flex-start', padding: 0 }} onClick={() => onChange(undefined)}>
        {t('runtime.list.resetColumns')}
      </Button>
    </Flex>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t('runtime.list.columnsTitle')} content={list}>
      <Button icon={<SettingOutlined />}>{t('runtime.list.columns')}</Button>
    </Popover>
  );
}

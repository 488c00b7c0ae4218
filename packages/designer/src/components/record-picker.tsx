/** @module A stored record of a form to start a sample from (a scorecard preview, a flow simulation); the newest one is taken while the sample is empty. */
import type { FormDefinition } from '@heng/engine';
import { Select, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import type { StoredRecord } from '../api/definition-types.js';
import { recordLabel } from './stored-records.js';

type Load = { readonly kind: 'loading' } | { readonly kind: 'failed' } | { readonly kind: 'ready'; readonly items: readonly StoredRecord[] };

/** How many of the newest records are offered. */
const LIMIT = 50;

export interface RecordPickerProps {
  readonly form: FormDefinition;
  /** Whether the sample is still empty: the newest record then fills it. */
  readonly empty: boolean;
  readonly onPick: (values: Readonly<Record<string, unknown>>) => void;
}

/** A select of the newest stored records; picking one fills the sample. */
export function RecordPicker({ form, empty, onPick }: RecordPickerProps) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [picked, setPicked] = useState<string | undefined>();
  const firstFill = useRef(empty);

  useEffect(() => {
    let live = true;
    api.records(form.id, LIMIT).then(
      (page) => live && setLoad({ kind: 'ready', items: page.items }),
      () => live && setLoad({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [form.id]);

  const items = load.kind === 'ready' ? load.items : [];
  const first = items[0];
  useEffect(() => {
    if (!firstFill.current || first === undefined) return;
    firstFill.current = false;
    // Typed into before the records came: what was typed stays.
    if (!empty) return;
    setPicked(first.id);
    onPick(first.data);
  }, [first, onPick, empty]);

  if (load.kind === 'failed') return <Typography.Text type="danger" style={{ fontSize: 12 }}>{t('definitions.records.failed')}</Typography.Text>;
  if (load.kind === 'ready' && items.length === 0) return <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('definitions.records.none')}</Typography.Text>;
  return (
    <Select
      size="small"
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: '100%' }}
      loading={load.kind === 'loading'}
      aria-label={t('definitions.records.label')}
      placeholder={t('definitions.records.placeholder')}
      value={picked}
      options={items.map((r) => ({ value: r.id, label: recordLabel(form, r) }))}
      onChange={(id: string) => {
        const found = items.find((r) => r.id === id);
        if (found === undefined) return;
        setPicked(id);
        onPick(found.data);
      }}
      data-testid="record-picker"
    />
  );
}

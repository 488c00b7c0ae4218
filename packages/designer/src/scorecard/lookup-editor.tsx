/** @module Categorical points: a row per option (or yes / no) of the field, and points for any other value. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Factor, LookupEntry, LookupMethod } from '@heng/engine';
import { Button, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { patchMethod, problemsAt, problemsUnder, setLookupPoints, setOtherwise } from '../ops/index.js';
import { useEditor } from './editor-context.js';
import { optionLabel } from './fields.js';

type Value = LookupEntry['value'];

/** The point table of a factor scoring by lookup. */
export function LookupEditor({ factor, path }: { readonly factor: Factor; readonly path: string }) {
  const { t } = useTranslation();
  const { apply, problems, catalog, form, lang } = useEditor();
  const method = factor.method as LookupMethod;
  const field = catalog.get(method.field);
  // Every value the field can hold is a row, whether or not it has points yet; free text and numbers list their entries.
  const known: readonly Value[] = field?.kind === 'boolean' ? [true, false] : (field?.options ?? []);
  const rows: Value[] = [...known, ...method.entries.map((e) => e.value).filter((v) => !known.includes(v))];
  const label = (v: Value) => (typeof v === 'boolean' ? t(v ? 'common.yes' : 'common.no') : optionLabel(form, method.field, v, lang));
  const free = field !== undefined && field.options === undefined && field.kind !== 'boolean';
  const key = (v: Value) => `lookup:${factor.id}:${String(v)}`;

  return (
    <div>
      <table className="heng-table" aria-label={t('lookup.title')}>
        <thead>
          <tr>
            <th>{t('lookup.value')}</th>
            <th style={{ width: '36%' }}>{t('lookup.points')}</th>
            <th style={{ width: 32 }} />
          </tr>
        </thead>
        <tbody>
          {rows.map((v) => {
            const i = method.entries.findIndex((e) => e.value === v);
            const entry = method.entries[i];
            const rowPath = `${path}/entries/${i}`;
            const mine = i < 0 ? [] : problemsUnder(problems, rowPath);
            return [
              <tr key={String(v)} className={mine.length > 0 ? 'has-problem' : undefined}>
                <td>{label(v) === '' ? <span className="heng-muted">{t('lookup.emptyValue')}</span> : label(v)}</td>
                <td>
                  <InputNumber
                    size="small"
                    style={{ width: '100%' }}
                    aria-label={t('lookup.pointsOf', { value: label(v) })}
                    placeholder={t('lookup.usesOtherwise')}
                    status={statusOf(mine)}
                    value={entry?.points ?? null}
                    onChange={(p) => apply((d) => setLookupPoints(d, factor.id, v, p ?? undefined), key(v))}
                  />
                </td>
                <td>{free && <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => apply((d) => setLookupPoints(d, factor.id, v, undefined))} />}</td>
              </tr>,
              mine.length > 0 && (
                <tr key={`${String(v)}:problems`} className="heng-problem-row">
                  <td colSpan={3}>
                    <FieldProblems problems={mine} />
                  </td>
                </tr>
              ),
            ];
          })}
          <tr>
            <td>
              <em>{t('lookup.otherwise')}</em>
            </td>
            <td>
              <InputNumber
                size="small"
                style={{ width: '100%' }}
                aria-label={t('lookup.otherwise')}
                placeholder={t('lookup.otherwiseMissing')}
                status={statusOf(problemsAt(problems, `${path}/otherwise`))}
                value={method.otherwise ?? null}
                onChange={(p) => apply((d) => setOtherwise(d, factor.id, p ?? undefined), `lookup:${factor.id}:otherwise`)}
              />
            </td>
            <td />
          </tr>
        </tbody>
      </table>
      {free && <AddValue numeric={field.kind === 'number'} onAdd={(v) => apply((d) => patchMethod(d, factor.id, 'lookup', (m) => (m.entries.some((e) => e.value === v) ? m : { ...m, entries: [...m.entries, { value: v, points: 0 }] })))} />}
      <FieldProblems problems={problemsAt(problems, `${path}/entries`).concat(problemsAt(problems, `${path}/otherwise`))} />
    </div>
  );
}

function AddValue({ numeric, onAdd }: { readonly numeric: boolean; readonly onAdd: (v: Value) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const add = () => {
    const v = numeric ? Number(text) : text.trim();
    if (text.trim() === '' || (numeric && !Number.isFinite(v))) return;
    onAdd(v);
    setText('');
  };
  return (
    <div className="heng-inline" style={{ marginTop: 8 }}>
      <Input size="small" style={{ width: 200 }} aria-label={t('lookup.newValue')} placeholder={t('lookup.newValue')} value={text} onChange={(e) => setText(e.target.value)} onPressEnter={add} />
      <Button size="small" icon={<PlusOutlined />} onClick={add}>
        {t('lookup.addValue')}
      </Button>
    </div>
  );
}

/** @module A serial field's parts (fixed text, the date, the sequence), each added, changed, moved or removed, the field whose date it carries, and the number they make. */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { formatSerial } from '@heng/engine';
import type { SerialDateFormat, SerialPart, SerialReset } from '@heng/engine';
import { Button, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { moveSerialPart, newSerialPart, setSerialPart } from '../ops/form-serial.js';
import { problemsAt, problemsUnder } from '../ops/problems.js';
import { todayInChina } from '../renderer/index.js';
import { patchField } from '../ops/form-props.js';
import { useLang } from '../i18n/use-lang.js';
import { refKey, useDesigner } from './designer-context.js';
import type { FieldEditorProps } from './designer-context.js';

const TYPES: readonly SerialPart['type'][] = ['text', 'date', 'sequence'];
const FORMATS: readonly SerialDateFormat[] = ['yyyyMMdd', 'yyyyMM', 'yyyy'];
const RESETS: readonly SerialReset[] = ['daily', 'monthly', 'yearly', 'never'];

/** What only this part's type has: its text, its date format, or its digits and reset. */
function PartProps({ part, n, set }: { readonly part: SerialPart; readonly n: number; readonly set: (part: SerialPart, key?: string) => void }) {
  const { t } = useTranslation();
  if (part.type === 'text') {
    return <Input size="small" aria-label={t('formDesigner.serial.text', { n })} value={part.text} maxLength={20} onChange={(e) => set({ ...part, text: e.target.value }, 'text')} />;
  }
  if (part.type === 'date') {
    return <Select size="small" style={{ width: '100%' }} aria-label={t('formDesigner.serial.format', { n })} value={part.format} options={FORMATS.map((f) => ({ value: f, label: t(`formDesigner.serial.formats.${f}`, { sample: todayInChina().replace(/-/g, '').slice(0, f.length) }) }))} onChange={(format) => set({ ...part, format })} />;
  }
  return (
    <Space.Compact size="small">
      <InputNumber size="small" style={{ width: 56 }} aria-label={t('formDesigner.serial.digits', { n })} min={1} max={10} precision={0} value={part.digits} onChange={(digits) => digits !== null && set({ ...part, digits }, 'digits')} />
      <Select size="small" style={{ flex: 1, minWidth: 0 }} aria-label={t('formDesigner.serial.reset', { n })} value={part.reset} popupMatchSelectWidth={false} options={RESETS.map((r) => ({ value: r, label: t(`formDesigner.serial.resets.${r}`) }))} onChange={(reset) => set({ ...part, reset })} />
    </Space.Compact>
  );
}

/** The parts of a serial field, and a preview of the first number they make today. */
export function SerialEditor({ field, fieldRef, path }: FieldEditorProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { def, problems, apply } = useDesigner();
  if (field.type !== 'serial') return null;
  const { parts } = field;
  const dates = def.fields.filter((f) => f.type === 'date');
  const fromProblems = problemsAt(problems, `${path}/dateField`);
  return (
    <div className="fd-block" data-testid="serial-editor">
      <div className="heng-label">{t('formDesigner.serial.parts')}</div>
      <ol className="fd-option-list" aria-label={t('formDesigner.serial.parts')}>
        {parts.map((part, i) => {
          const n = i + 1;
          const mine = problemsUnder(problems, `${path}/parts/${i}`);
          const set = (next: SerialPart, key?: string) => apply((d) => setSerialPart(d, fieldRef, i, next), key === undefined ? undefined : `serial:${refKey(fieldRef)}:${i}:${key}`);
          return (
            <li key={i} className="fd-serial-part" data-part={part.type}>
              <Select size="small" aria-label={t('formDesigner.serial.type', { n })} value={part.type} status={statusOf(mine)} popupMatchSelectWidth={false} options={TYPES.map((type) => ({ value: type, label: t(`formDesigner.serial.types.${type}`) }))} onChange={(type) => set(newSerialPart(type))} />
              <PartProps part={part} n={n} set={set} />
              <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={i === 0} aria-label={t('formDesigner.serial.up', { n })} onClick={() => apply((d) => moveSerialPart(d, fieldRef, i, -1))} />
              <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={i === parts.length - 1} aria-label={t('formDesigner.serial.down', { n })} onClick={() => apply((d) => moveSerialPart(d, fieldRef, i, 1))} />
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('formDesigner.serial.remove', { n })} onClick={() => apply((d) => setSerialPart(d, fieldRef, i, undefined))} />
              {mine.length > 0 && (
                <div className="fd-option-problems">
                  <FieldProblems problems={mine} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <FieldProblems problems={problemsAt(problems, `${path}/parts`)} />
      <Button size="small" icon={<PlusOutlined />} onClick={() => apply((d) => setSerialPart(d, fieldRef, parts.length, newSerialPart(parts.some((p) => p.type === 'sequence') ? 'text' : 'sequence')))}>
        {t('formDesigner.serial.add')}
      </Button>
      {(parts.some((p) => p.type === 'date') || field.dateField !== undefined) && (
        <Form.Item className="fd-serial-date" label={t('formDesigner.serial.dateFrom')} htmlFor="serial-date-from" extra={t('formDesigner.serial.dateFromHint')} validateStatus={fromProblems.length > 0 ? 'error' : undefined} help={fromProblems.length > 0 ? <FieldProblems problems={fromProblems} /> : undefined}>
          <Select
            id="serial-date-from"
            size="small"
            value={field.dateField ?? ''}
            options={[{ value: '', label: t('formDesigner.serial.dateFromCreated') }, ...dates.map((f) => ({ value: f.id, label: f.label[lang] }))]}
            onChange={(id: string) => apply((d) => patchField(d, fieldRef, { dateField: id === '' ? undefined : id }))}
          />
        </Form.Item>
      )}
      <Form.Item className="fd-serial-preview" label={t('formDesigner.serial.preview')} extra={t('formDesigner.serial.hint')}>
        <Typography.Text code data-testid="serial-preview">
          {formatSerial(field, todayInChina(), 1)}
        </Typography.Text>
      </Form.Item>
    </div>
  );
}

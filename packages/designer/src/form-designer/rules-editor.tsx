/** @module A field's validation rules, those its type accepts: bounds, lengths, a pattern, a built-in format, uniqueness. */
import { fieldTypes, TEXT_FORMAT_LABELS, TEXT_FORMATS } from '@heng/engine';
import type { FieldRules, LocalizedText, RuleName } from '@heng/engine';
import { Checkbox, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { LocalizedInput } from '../components/localized-input.js';
import { useLang } from '../i18n/use-lang.js';
import { fromTyped, toTyped, unitOfType } from '../format/units.js';
import { setRule } from '../ops/form-props.js';
import { problemsUnder } from '../ops/problems.js';
import { refKey, useDesigner } from './designer-context.js';
import type { FieldEditorProps } from './designer-context.js';

type Bound = 'min' | 'max';

function DateBound({ value, onChange, label }: { readonly value: FieldRules['min']; readonly onChange: (v: string | undefined) => void; readonly label: string }) {
  const { t } = useTranslation();
  const today = value === 'today';
  return (
    <Space>
      <Input type="date" aria-label={label} disabled={today} value={typeof value === 'string' && !today ? value : ''} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)} />
      <Checkbox checked={today} onChange={(e) => onChange(e.target.checked ? 'today' : undefined)}>
        {t('formDesigner.rules.today')}
      </Checkbox>
    </Space>
  );
}

/** The rules of one field; "no rules" for types that take none. */
export function RulesEditor({ field, fieldRef, path }: FieldEditorProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { problems, apply } = useDesigner();
  const column = fieldRef.table !== undefined;
  const rules = fieldTypes[field.type].rules.filter((r) => !(column && r === 'unique'));
  if (rules.length === 0) return <Typography.Paragraph type="secondary">{t('formDesigner.rules.none')}</Typography.Paragraph>;
  const at = (rule: RuleName) => problemsUnder(problems, `${path}/rules/${rule}`);
  const set = <R extends RuleName>(rule: R, value: FieldRules[R] | undefined) => apply((d) => setRule(d, fieldRef, rule, value), `rule:${rule}:${refKey(fieldRef)}`);
  const unit = unitOfType(field.type);
  const bound = (rule: Bound) => {
    const label = t(`formDesigner.rules.${field.type === 'date' ? (`${rule}Date` as const) : rule}`);
    const value = field.rules?.[rule];
    return (
      <Form.Item key={rule} label={label}>
        {field.type === 'date' ? (
          <DateBound label={label} value={value} onChange={(v) => set(rule, v)} />
        ) : (
          <InputNumber
            style={{ width: '100%' }}
            aria-label={label}
            value={typeof value === 'number' ? toTyped(value, unit) : null}
            prefix={unit === 'money' ? '¥' : undefined}
            suffix={unit === 'percent' ? '%' : undefined}
            status={statusOf(at(rule))}
            onChange={(n) => set(rule, typeof n === 'number' ? fromTyped(n, unit) : undefined)}
          />
        )}
        <FieldProblems problems={at(rule)} />
      </Form.Item>
    );
  };
  const length = (rule: 'minLength' | 'maxLength') => (
    <Form.Item key={rule} label={t(`formDesigner.rules.${rule}`)}>
      <InputNumber style={{ width: '100%' }} min={0} precision={0} aria-label={t(`formDesigner.rules.${rule}`)} value={field.rules?.[rule] ?? null} status={statusOf(at(rule))} onChange={(n) => set(rule, n ?? undefined)} />
      <FieldProblems problems={at(rule)} />
    </Form.Item>
  );
  const pattern = field.rules?.pattern;
  const setPattern = (regex: string, message: LocalizedText | undefined) => set('pattern', regex === '' ? undefined : { regex, ...(message === undefined ? {} : { message }) });
  const blankMessage = (m: LocalizedText) => m['zh-CN'].trim() === '' && m.en.trim() === '';

  return (
    <Form layout="vertical" component="div" className="fd-panel-form">
      {rules.map((rule) => {
        switch (rule) {
          case 'min':
          case 'max':
            return bound(rule);
          case 'minLength':
          case 'maxLength':
            return length(rule);
          case 'pattern':
            return (
              <Form.Item key={rule} label={t('formDesigner.rules.pattern')} extra={t('formDesigner.rules.patternHint')}>
                <Input className="heng-mono" aria-label={t('formDesigner.rules.pattern')} value={pattern?.regex ?? ''} status={statusOf(at('pattern'))} placeholder="^1\d{10}$" onChange={(e) => setPattern(e.target.value, pattern?.message)} />
                {pattern !== undefined && (
                  <div style={{ marginTop: 6 }}>
                    <div className="heng-muted">{t('formDesigner.rules.patternMessage')}</div>
                    <LocalizedInput value={pattern.message ?? { 'zh-CN': '', en: '' }} onChange={(m) => setPattern(pattern.regex, blankMessage(m) ? undefined : m)} />
                  </div>
                )}
                <FieldProblems problems={at('pattern')} />
              </Form.Item>
            );
          case 'format':
            return (
              <Form.Item key={rule} label={t('formDesigner.rules.format')} extra={t('formDesigner.rules.formatHint')}>
                <Select
                  aria-label={t('formDesigner.rules.format')}
                  allowClear
                  placeholder={t('formDesigner.rules.formatNone')}
                  value={field.rules?.format}
                  status={statusOf(at('format'))}
                  options={TEXT_FORMATS.map((f) => ({ value: f, label: TEXT_FORMAT_LABELS[f][lang] }))}
                  onChange={(f) => set('format', f)}
                />
                <FieldProblems problems={at('format')} />
              </Form.Item>
            );
          case 'unique':
            return (
              <Form.Item key={rule} label={t('formDesigner.rules.unique')} extra={t('formDesigner.rules.uniqueHint')}>
                <Switch aria-label={t('formDesigner.rules.unique')} checked={field.rules?.unique === true} onChange={(on) => set('unique', on ? true : undefined)} />
                <FieldProblems problems={at('unique')} />
              </Form.Item>
            );
        }
      })}
    </Form>
  );
}

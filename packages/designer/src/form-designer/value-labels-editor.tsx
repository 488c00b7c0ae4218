/** @module A text formula's value labels: each value it gives (as the formula writes it), with the words it reads as in both languages. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { problemsAt, problemsUnder } from '../ops/problems.js';
import { addValueLabel, removeValueLabel, setValueLabel } from '../ops/value-labels.js';
import { refKey, useDesigner } from './designer-context.js';
import type { FieldEditorProps } from './designer-context.js';

/** The labels of a formula with a text result; nothing for any other field. */
export function ValueLabelsEditor({ field, fieldRef, path }: FieldEditorProps) {
  const { t } = useTranslation();
  const { problems, apply } = useDesigner();
  if (field.type !== 'formula' || field.resultType !== 'text') return null;
  const labels = field.options ?? [];
  const key = (i: number, part: string) => `valueLabel:${refKey(fieldRef)}:${i}:${part}`;
  return (
    <div className="fd-block" data-testid="value-labels" style={{ marginTop: 12 }}>
      <div className="heng-label">{t('formDesigner.valueLabels.title')}</div>
      <div className="heng-muted">{t('formDesigner.valueLabels.hint')}</div>
      <ul className="fd-option-list" aria-label={t('formDesigner.valueLabels.title')}>
        {labels.map((o, i) => {
          const mine = problemsUnder(problems, `${path}/options/${i}`);
          return (
            // Keyed by place: the value itself is being typed.
            <li key={i} className="fd-option fd-value-label" data-value={o.id}>
              <Input size="small" className="heng-mono" aria-label={t('formDesigner.valueLabels.value', { n: i + 1 })} value={o.id} status={statusOf(problemsUnder(problems, `${path}/options/${i}/id`))} onChange={(e) => apply((d) => setValueLabel(d, fieldRef, i, { id: e.target.value.trim() }), key(i, 'id'))} />
              <Input size="small" aria-label={t('formDesigner.valueLabels.labelZh', { n: i + 1 })} prefix={<span className="heng-lang-tag">中</span>} value={o.label['zh-CN']} onChange={(e) => apply((d) => setValueLabel(d, fieldRef, i, { label: { ...o.label, 'zh-CN': e.target.value } }), key(i, 'zh'))} />
              <Input size="small" aria-label={t('formDesigner.valueLabels.labelEn', { n: i + 1 })} prefix={<span className="heng-lang-tag">EN</span>} value={o.label.en} onChange={(e) => apply((d) => setValueLabel(d, fieldRef, i, { label: { ...o.label, en: e.target.value } }), key(i, 'en'))} />
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('formDesigner.valueLabels.remove', { value: o.id })} onClick={() => apply((d) => removeValueLabel(d, fieldRef, i))} />
              {mine.length > 0 && (
                <div className="fd-option-problems">
                  <FieldProblems problems={mine} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <FieldProblems problems={problemsAt(problems, `${path}/options`)} />
      <Button size="small" icon={<PlusOutlined />} onClick={() => apply((d) => addValueLabel(d, fieldRef))}>
        {t('formDesigner.valueLabels.add')}
      </Button>
    </div>
  );
}

/** @module A formula field's formula, checked by the engine as it is typed, with fields and functions to insert, its result type, and a text result's value labels. */
import { CheckCircleFilled } from '@ant-design/icons';
import { checkFormula, columnCatalog, formCatalog, FUNCTION_NAMES, FUNCTIONS } from '@heng/engine';
import type { FormulaResultType } from '@heng/engine';
import { Button, Input, Select, Space, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea.js';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { fieldAt } from '../ops/form-fields.js';
import { mergeProblems } from '../ops/problems.js';
import { patchField, setResultType } from '../ops/form-props.js';
import { problemsUnder } from '../ops/problems.js';
import { refKey, useDesigner } from './designer-context.js';
import { ValueLabelsEditor } from './value-labels-editor.js';
import type { FieldEditorProps } from './designer-context.js';

/** Every result type of a computed field, in the order they are offered. */
export const RESULT_TYPES: readonly FormulaResultType[] = ['number', 'money', 'percent', 'text', 'boolean', 'date'];

/** Kinds a formula gives that are also a result type of that name. */
const SAME_NAMED = new Set<string>(['number', 'text', 'boolean', 'date']);

/** The formula, its live check, what can be inserted, and its result type. */
export function FormulaEditor({ field, fieldRef, path }: FieldEditorProps) {
  const { t } = useTranslation();
  const { def, lang, problems, apply } = useDesigner();
  const area = useRef<TextAreaRef>(null);
  const table = fieldRef.table === undefined ? undefined : fieldAt(def, { id: fieldRef.table });
  const columns = table?.type === 'sub_table' ? table.columns : undefined;
  const catalog = useMemo(() => (columns === undefined ? formCatalog(def) : columnCatalog(columns)), [def, columns]);
  const source = field.type === 'formula' ? field.formula : '';
  const check = useMemo(() => checkFormula(source, catalog, `${path}/formula`), [source, catalog, path]);
  if (field.type !== 'formula') return null;

  const shown = mergeProblems(check.problems, problemsUnder(problems, `${path}/formula`));
  const typeProblems = problemsUnder(problems, `${path}/resultType`);
  const key = refKey(fieldRef);
  const setFormula = (formula: string) => apply((d) => patchField(d, fieldRef, { formula }), `formula:${key}`);
  const insert = (text: string) => {
    const el = area.current?.resizableTextArea?.textArea;
    const [from, to] = el === undefined ? [source.length, source.length] : [el.selectionStart, el.selectionEnd];
    setFormula(source.slice(0, from) + text + source.slice(to));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(from + text.length, from + text.length);
    });
  };
  const names = (columns ?? def.fields)
    .filter((f) => f.id !== field.id)
    .flatMap((f) => [
      { value: f.id, label: `${f.label[lang]} · ${f.id}` },
      ...(f.type === 'sub_table' && columns === undefined ? f.columns.map((c) => ({ value: `${f.id}.${c.id}`, label: `${f.label[lang]} › ${c.label[lang]} · ${f.id}.${c.id}` })) : []),
    ]);
  const kind = check.problems.length === 0 ? check.kind : undefined;

  return (
    <div className="fd-block" data-testid="formula-editor">
      <div className="heng-label">{t('formDesigner.formula.title')}</div>
      <Input.TextArea
        ref={area}
        className="heng-mono"
        aria-label={t('formDesigner.formula.title')}
        autoSize={{ minRows: 2, maxRows: 8 }}
        value={source}
        status={statusOf(shown)}
        placeholder={t('formDesigner.formula.placeholder')}
        onChange={(e) => setFormula(e.target.value)}
      />
      <div aria-live="polite" data-testid="formula-check">
        {shown.length > 0 ? (
          <FieldProblems problems={shown} />
        ) : (
          kind !== undefined &&
          // Fine as a formula, but not if the result type below says otherwise: then not in green.
          (typeProblems.length === 0 ? (
            <Typography.Text type="success" style={{ fontSize: 12 }}>
              <CheckCircleFilled /> {t('formDesigner.formula.gives', { kind: t(`formDesigner.formula.kinds.${kind}`) })}
            </Typography.Text>
          ) : (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {t('formDesigner.formula.givesOther', { kind: t(`formDesigner.formula.kinds.${kind}`) })}
            </Typography.Text>
          ))
        )}
      </div>
      <Space.Compact style={{ width: '100%', marginTop: 6 }}>
        <Select size="small" style={{ width: '55%' }} showSearch={{ optionFilterProp: 'label' }} placeholder={t('formDesigner.formula.insertField')} aria-label={t('formDesigner.formula.insertField')} value={null} options={names} onChange={(v: string) => insert(v)} />
        <Select
          size="small"
          style={{ width: '45%' }}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('formDesigner.formula.insertFunction')}
          aria-label={t('formDesigner.formula.insertFunction')}
          value={null}
          options={FUNCTION_NAMES.map((n) => ({ value: n, label: FUNCTIONS[n].usage }))}
          onChange={(n: string) => insert(`${n}(`)}
        />
      </Space.Compact>
      <div className="heng-muted">{t(columns === undefined ? 'formDesigner.formula.hint' : 'formDesigner.formula.columnHint')}</div>
      <div className="heng-label" style={{ marginTop: 12 }}>
        {t('formDesigner.formula.resultType')}
      </div>
      <Select<FormulaResultType>
        style={{ width: '100%' }}
        aria-label={t('formDesigner.formula.resultType')}
        value={field.resultType}
        status={statusOf(typeProblems)}
        options={RESULT_TYPES.map((r) => ({ value: r, label: t(`formDesigner.formula.resultTypes.${r}`) }))}
        onChange={(r) => apply((d) => setResultType(d, fieldRef, r))}
      />
      <FieldProblems problems={typeProblems} />
      {typeProblems.length > 0 && check.kind !== undefined && SAME_NAMED.has(check.kind) && (
        <Button size="small" type="link" onClick={() => apply((d) => setResultType(d, fieldRef, check.kind as FormulaResultType))}>
          {t('formDesigner.formula.useType', { type: t(`formDesigner.formula.resultTypes.${check.kind as FormulaResultType}`) })}
        </Button>
      )}
      <ValueLabelsEditor field={field} fieldRef={fieldRef} path={path} />
    </div>
  );
}

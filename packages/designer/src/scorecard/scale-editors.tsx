/** @module The linear scale (value → points between two ends) and the formula method's editors. */
import type { Factor, FormulaMethod, LinearMethod } from '@heng/engine';
import { Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { fromTyped, toTyped, unitOfType } from '../format/units.js';
import { patchMethod, problemsAt, problemsUnder } from '../ops/index.js';
import { useEditor } from './editor-context.js';

/** From (value, points) to (value, points); values in the field's unit. */
export function LinearEditor({ factor, path }: { readonly factor: Factor; readonly path: string }) {
  const { t } = useTranslation();
  const { apply, problems, catalog } = useEditor();
  const method = factor.method as LinearMethod;
  const field = catalog.get(method.field);
  const unit = field?.kind === 'date' ? 'plain' : unitOfType(field?.type);
  const end = (which: 'from' | 'to') => (
    <tr key={which}>
      <td>{t(which === 'from' ? 'linear.from' : 'linear.to')}</td>
      <td>
        <InputNumber
          size="small"
          style={{ width: '100%' }}
          aria-label={t('linear.valueAt', { end: t(which === 'from' ? 'linear.from' : 'linear.to') })}
          suffix={unit === 'percent' ? '%' : field?.kind === 'date' ? t(`unit.${method.unit ?? 'years'}`) : undefined}
          prefix={unit === 'money' ? '¥' : undefined}
          status={statusOf(problemsAt(problems, `${path}/${which}/value`))}
          value={toTyped(method[which].value, unit)}
          onChange={(v) => apply((d) => patchMethod(d, factor.id, 'linear', (m) => ({ ...m, [which]: { ...m[which], value: fromTyped(v ?? 0, unit) } })), `linear:${factor.id}:${which}:value`)}
        />
      </td>
      <td>
        <InputNumber
          size="small"
          style={{ width: '100%' }}
          aria-label={t('linear.pointsAt', { end: t(which === 'from' ? 'linear.from' : 'linear.to') })}
          status={statusOf(problemsAt(problems, `${path}/${which}/points`))}
          value={method[which].points}
          onChange={(v) => apply((d) => patchMethod(d, factor.id, 'linear', (m) => ({ ...m, [which]: { ...m[which], points: v ?? 0 } })), `linear:${factor.id}:${which}:points`)}
        />
      </td>
    </tr>
  );
  return (
    <div>
      <div className="heng-muted" style={{ marginBottom: 6 }}>
        {t('linear.hint')}
      </div>
      <table className="heng-table">
        <thead>
          <tr>
            <th />
            <th>{t('linear.value')}</th>
            <th>{t('bands.points')}</th>
          </tr>
        </thead>
        <tbody>{[end('from'), end('to')]}</tbody>
      </table>
      <FieldProblems problems={problemsUnder(problems, `${path}/from`).concat(problemsUnder(problems, `${path}/to`))} />
    </div>
  );
}

/** A formula giving points, clamped to min/max. */
export function FormulaEditor({ factor, path }: { readonly factor: Factor; readonly path: string }) {
  const { t } = useTranslation();
  const { apply, problems } = useEditor();
  const method = factor.method as FormulaMethod;
  const bound = (key: 'min' | 'max') => (
    <InputNumber
      size="small"
      aria-label={t(key === 'min' ? 'formula.min' : 'formula.max')}
      placeholder={t('formula.unbounded')}
      status={statusOf(problemsAt(problems, `${path}/${key}`))}
      value={method[key] ?? null}
      onChange={(v) =>
        apply(
          (d) =>
            patchMethod(d, factor.id, 'formula', (m) => {
              const { [key]: _old, ...rest } = m;
              return typeof v === 'number' ? { ...rest, [key]: v } : rest;
            }),
          `formula:${factor.id}:${key}`,
        )
      }
    />
  );
  return (
    <div className="heng-stack">
      <Input.TextArea
        autoSize={{ minRows: 2, maxRows: 6 }}
        aria-label={t('formula.source')}
        className="heng-mono"
        status={statusOf(problemsAt(problems, `${path}/formula`))}
        value={method.formula}
        onChange={(e) => apply((d) => patchMethod(d, factor.id, 'formula', (m) => ({ ...m, formula: e.target.value })), `formula:${factor.id}:source`)}
      />
      <div className="heng-inline">
        <span>{t('formula.min')}</span>
        {bound('min')}
        <span>{t('formula.max')}</span>
        {bound('max')}
      </div>
      <FieldProblems problems={problemsUnder(problems, path).filter((p) => p.path !== `${path}/kind`)} />
    </div>
  );
}

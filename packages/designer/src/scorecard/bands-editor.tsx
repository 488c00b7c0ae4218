/** @module Bands edited inline: ranges (from ≥, to <, points) with gaps and overlaps flagged on the row, or condition bands. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { AgeUnit, BandsMethod, ConditionBand, Factor, RangeBand } from '@heng/engine';
import { Button, InputNumber, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConditionBuilder } from '../components/condition-builder.js';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { fromTyped, toTyped, unitOfType } from '../format/units.js';
import { addBand, bandPath, patchMethod, problemsAt, problemsUnder, removeBand, setBand } from '../ops/index.js';
import { bandName } from './band-name.js';
import { useEditor } from './editor-context.js';

/** The bands of a factor scoring by bands. */
export function BandsEditor({ factor, path }: { readonly factor: Factor; readonly path: string }) {
  const { t } = useTranslation();
  const { apply, problems } = useEditor();
  const method = factor.method as BandsMethod;
  const conditional = method.bands.some((b) => 'when' in b);
  const toKind = (k: string) =>
    apply((d) => patchMethod(d, factor.id, 'bands', (m) => ({ ...m, bands: k === 'conditions' ? [{ id: 'band_1', when: { all: [] }, points: 0 }] : [{ id: 'band_1', points: 0 }] })));
  return (
    <div>
      <Segmented
        size="small"
        value={conditional ? 'conditions' : 'ranges'}
        options={[{ value: 'ranges', label: t('bands.ranges') }, { value: 'conditions', label: t('bands.conditions') }]}
        onChange={(k) => toKind(String(k))}
        style={{ marginBottom: 8 }}
      />
      {conditional ? <ConditionBands factor={factor} bands={method.bands as readonly ConditionBand[]} /> : <RangeBands factor={factor} method={method} />}
      <Button size="small" icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => apply((d) => addBand(d, factor.id).def)}>
        {t('bands.add')}
      </Button>
      <FieldProblems problems={problemsAt(problems, `${path}/bands`)} />
    </div>
  );
}

function RangeBands({ factor, method }: { readonly factor: Factor; readonly method: BandsMethod }) {
  const { t } = useTranslation();
  const { def, apply, problems, catalog, lang } = useEditor();
  const field = method.field === undefined ? undefined : catalog.get(method.field);
  const unit = field?.kind === 'date' ? 'plain' : unitOfType(field?.type);
  const suffix = field?.kind === 'date' ? t(`unit.${method.unit ?? 'years'}`) : unit === 'percent' ? '%' : undefined;
  const prefix = unit === 'money' ? '¥' : undefined;
  const bound = (band: RangeBand, name: string, key: 'min' | 'max', rowPath: string) => (
    <InputNumber
      size="small"
      style={{ width: '100%' }}
      aria-label={t(key === 'min' ? 'bands.fromOf' : 'bands.toOf', { band: name })}
      placeholder={key === 'min' ? t('bands.openBelow') : t('bands.openAbove')}
      status={statusOf(problemsAt(problems, `${rowPath}/${key}`))}
      prefix={prefix}
      suffix={suffix}
      value={band[key] === undefined ? null : toTyped(band[key] as number, unit)}
      onChange={(v) => apply((d) => setBand(d, factor.id, band.id, { [key]: typeof v === 'number' ? fromTyped(v, unit) : null }), `band:${factor.id}:${band.id}:${key}`)}
    />
  );
  return (
    <table className="heng-table" aria-label={t('bands.title')}>
      <thead>
        <tr>
          <th style={{ width: '34%' }}>{t('bands.from')}</th>
          <th style={{ width: '34%' }}>{t('bands.to')}</th>
          <th>{t('bands.points')}</th>
          <th style={{ width: 32 }} />
        </tr>
      </thead>
      <tbody>
        {(method.bands as readonly RangeBand[]).map((band, i) => {
          const rowPath = bandPath(def, factor.id, band.id) ?? '';
          const name = bandName(i + 1, band.min, band.max, field, method.unit, lang, t);
          const mine = problemsUnder(problems, rowPath);
          return [
            <tr key={band.id} className={mine.length > 0 ? 'has-problem' : undefined} data-band={band.id}>
              <td>{bound(band, name, 'min', rowPath)}</td>
              <td>{bound(band, name, 'max', rowPath)}</td>
              <td>
                <InputNumber
                  size="small"
                  style={{ width: '100%' }}
                  aria-label={t('bands.pointsOf', { band: name })}
                  status={statusOf(problemsAt(problems, `${rowPath}/points`))}
                  value={band.points}
                  onChange={(v) => apply((d) => setBand(d, factor.id, band.id, { points: v ?? 0 }), `band:${factor.id}:${band.id}:points`)}
                />
              </td>
              <td>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('bands.remove', { band: name })} onClick={() => apply((d) => removeBand(d, factor.id, band.id))} />
              </td>
            </tr>,
            mine.length > 0 && (
              <tr key={`${band.id}:problems`} className="heng-problem-row">
                <td colSpan={4}>
                  <FieldProblems problems={mine} />
                </td>
              </tr>
            ),
          ];
        })}
      </tbody>
    </table>
  );
}

function ConditionBands({ factor, bands }: { readonly factor: Factor; readonly bands: readonly ConditionBand[] }) {
  const { t } = useTranslation();
  const { def, apply, problems, catalog, form } = useEditor();
  return (
    <div className="heng-stack">
      <div className="heng-muted">{t('bands.firstMatch')}</div>
      {bands.map((band, i) => {
        const rowPath = bandPath(def, factor.id, band.id) ?? '';
        const name = t('bands.name', { n: i + 1 });
        return (
          <div key={band.id} className="heng-card-row" data-band={band.id}>
            <ConditionBuilder
              value={band.when}
              onChange={(when, key) => apply((d) => setBand(d, factor.id, band.id, { when }), key)}
              catalog={catalog}
              form={form}
              grades={def.grades}
              problems={problems}
              path={`${rowPath}/when`}
            />
            <div className="heng-inline" style={{ marginTop: 6 }}>
              <span>{t('bands.points')}</span>
              <InputNumber size="small" aria-label={t('bands.pointsOf', { band: name })} value={band.points} status={statusOf(problemsAt(problems, `${rowPath}/points`))} onChange={(v) => apply((d) => setBand(d, factor.id, band.id, { points: v ?? 0 }), `band:${factor.id}:${band.id}:points`)} />
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('bands.remove', { band: name })} onClick={() => apply((d) => removeBand(d, factor.id, band.id))} />
            </div>
            <FieldProblems problems={problemsAt(problems, `${rowPath}/points`)} />
          </div>
        );
      })}
    </div>
  );
}

/** The age unit of a date field's bands or scale. */
export function AgeUnitSelect({ value, onChange }: { readonly value: AgeUnit | undefined; readonly onChange: (u: AgeUnit) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      size="small"
      aria-label={t('unit.label')}
      style={{ width: 100 }}
      value={value ?? 'years'}
      options={(['years', 'months', 'days'] as const).map((u) => ({ value: u, label: t(`unit.${u}`) }))}
      onChange={onChange}
    />
  );
}

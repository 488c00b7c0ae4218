/** @module Grade bands: code, label, colour and bounds edited inline, shown on the score axis, gaps and overlaps flagged. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, ColorPicker, Input, InputNumber, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { LocalizedInput } from '../components/localized-input.js';
import { addGrade, problemsAt, problemsUnder, removeGrade, rowPath, setGrade } from '../ops/index.js';
import { useEditor } from './editor-context.js';
import { GradeAxis } from './grade-axis.js';

/** The grade scale of the card. */
export function GradesEditor() {
  const { t } = useTranslation();
  const { def, apply, problems } = useEditor();
  const step = 10 ** -def.precision;
  return (
    <div className="heng-stack">
      <div className="heng-muted">{t('grades.hint', { precision: def.precision })}</div>
      <GradeAxis grades={def.grades} />
      <table className="heng-table" aria-label={t('grades.title')}>
        <thead>
          <tr>
            <th style={{ width: 72 }}>{t('grades.code')}</th>
            <th>{t('grades.label')}</th>
            <th style={{ width: 56 }}>{t('grades.color')}</th>
            <th style={{ width: 96 }}>{t('grades.min')}</th>
            <th style={{ width: 96 }}>{t('grades.max')}</th>
            <th style={{ width: 32 }} />
          </tr>
        </thead>
        <tbody>
          {def.grades.map((g) => {
            const path = rowPath(def, 'grades', g.id) ?? '';
            const mine = problemsUnder(problems, path);
            const key = (k: string) => `grade:${g.id}:${k}`;
            return [
              <tr key={g.id} className={mine.length > 0 ? 'has-problem' : undefined} data-grade={g.id}>
                <td>
                  <Input size="small" aria-label={t('grades.codeOf', { grade: g.grade })} status={statusOf(problemsAt(problems, `${path}/grade`))} value={g.grade} onChange={(e) => apply((d) => setGrade(d, g.id, { grade: e.target.value }), key('grade'))} />
                </td>
                <td>
                  <LocalizedInput value={g.label} status={statusOf(problemsUnder(problems, `${path}/label`))} onChange={(label) => apply((d) => setGrade(d, g.id, { label }), key('label'))} />
                </td>
                <td>
                  <ColorPicker size="small" disabledAlpha value={g.color} aria-label={t('grades.colorOf', { grade: g.grade })} onChangeComplete={(c) => apply((d) => setGrade(d, g.id, { color: c.toHexString().slice(0, 7) }))} />
                </td>
                <td>
                  <InputNumber size="small" style={{ width: '100%' }} step={step} aria-label={t('grades.minOf', { grade: g.grade })} status={statusOf(problemsAt(problems, `${path}/min`))} value={g.min} onChange={(v) => apply((d) => setGrade(d, g.id, { min: v ?? 0 }), key('min'))} />
                </td>
                <td>
                  <InputNumber
                    size="small"
                    style={{ width: '100%' }}
                    step={step}
                    placeholder={t('bands.openAbove')}
                    aria-label={t('grades.maxOf', { grade: g.grade })}
                    status={statusOf(problemsAt(problems, `${path}/max`))}
                    value={g.max ?? null}
                    onChange={(v) => apply((d) => setGrade(d, g.id, { max: v }), key('max'))}
                  />
                </td>
                <td>
                  <Popconfirm title={t('grades.removeConfirm', { grade: g.grade })} okText={t('common.remove')} cancelText={t('common.cancel')} onConfirm={() => apply((d) => removeGrade(d, g.id))}>
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('grades.remove', { grade: g.grade })} />
                  </Popconfirm>
                </td>
              </tr>,
              mine.length > 0 && (
                <tr key={`${g.id}:problems`} className="heng-problem-row">
                  <td colSpan={6}>
                    <FieldProblems problems={mine} />
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
      <div>
        <Button size="small" icon={<PlusOutlined />} onClick={() => apply((d) => addGrade(d, t('grades.newCode'), { 'zh-CN': '新等级', en: 'New grade' }).def)}>
          {t('grades.add')}
        </Button>
      </div>
      <FieldProblems problems={problemsAt(problems, '/grades').concat(problemsAt(problems, '/precision'))} />
    </div>
  );
}

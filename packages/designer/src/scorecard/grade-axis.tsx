/** @module The grade bands on a score axis, low to high, with the preview's total marked on it. */
import type { GradeBand } from '@heng/engine';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format/money.js';
import { gradeAxis } from '../ops/index.js';
import { useEditor } from './editor-context.js';

/** Coloured segments per grade, their bounds below, and a marker at `total` when given. */
export function GradeAxis({ grades, total, compact = false }: { readonly grades: readonly GradeBand[]; readonly total?: number | null; readonly compact?: boolean }) {
  const { t } = useTranslation();
  const { def, lang } = useEditor();
  const axis = gradeAxis(grades, def.precision);
  const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
  const ticks = [...new Set([axis.lo, ...grades.map((g) => g.min), axis.hi])].sort((a, b) => a - b);
  return (
    <div className={`heng-axis${compact ? ' is-compact' : ''}`} role="img" aria-label={t('grades.axisLabel')}>
      <div className="heng-axis-bar">
        {axis.segments.map((s) => (
          <div key={s.id} className="heng-axis-seg" style={{ left: pct(s.from), width: pct(Math.max(0, s.to - s.from)), background: s.color }} title={s.grade}>
            {!compact && <span>{s.grade}</span>}
          </div>
        ))}
        {total !== undefined && total !== null && <div className="heng-axis-marker" style={{ left: pct(axis.at(total)) }} data-testid="axis-marker" />}
      </div>
      <div className="heng-axis-ticks">
        {ticks.map((v) => (
          <span key={v} style={{ left: pct(axis.at(v)) }}>
            {formatNumber(v, lang, 0)}
          </span>
        ))}
      </div>
    </div>
  );
}

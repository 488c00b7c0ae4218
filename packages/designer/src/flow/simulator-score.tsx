/** @module The route simulator's sample score: what the record scored by the flow's scorecard, which its branches read as `score` and `grade`. */
import type { FlowScore, ScorecardDefinition } from '@heng/engine';
import { InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFlow } from './flow-context.js';
import { gradeText } from './scorecard-setting.js';

/** The sample's score: none given means the record has no stored score (branches see `score` and `grade` missing). */
export type SampleScore = Pick<FlowScore, 'score' | 'grade'>;

export const NO_SAMPLE_SCORE: SampleScore = { score: null, grade: null };

/** The grade option of a record with no grade (a grade is never empty). */
const NOT_SCORED = '';

/**
 * The score the simulator routes by, when the flow reads `card`.
 *
 * @example
 * sampleFlowScore(card, { score: 52, grade: 'C' }) // { scorecard: 'credit_score', version: null, score: 52, grade: 'C' }
 */
export function sampleFlowScore(card: ScorecardDefinition | undefined, sample: SampleScore): FlowScore | undefined {
  return card === undefined ? undefined : { scorecard: card.id, version: null, ...sample };
}

/** A score typed in and a grade picked among the scorecard's, by its labels, or none (not scored), as a sample can be set back to. */
export function SampleScoreFields({ card, value, onChange }: { readonly card: ScorecardDefinition; readonly value: SampleScore; readonly onChange: (next: SampleScore) => void }) {
  const { t } = useTranslation();
  const { lang } = useFlow();
  return (
    <>
      <label className="heng-sample-field">
        <span className="heng-ellipsis">{t('flow.scoreFacts.score')}</span>
        <InputNumber aria-label={t('flow.scoreFacts.score')} style={{ width: '100%' }} value={value.score} onChange={(score) => onChange({ ...value, score: typeof score === 'number' ? score : null })} />
      </label>
      <label className="heng-sample-field" style={{ gridColumn: '1 / -1' }}>
        <span className="heng-ellipsis">{t('flow.scoreFacts.grade')}</span>
        <Radio.Group
          aria-label={t('flow.scoreFacts.grade')}
          size="small"
          optionType="button"
          buttonStyle="solid"
          value={value.grade ?? NOT_SCORED}
          options={[{ value: NOT_SCORED, label: t('flow.scoreFacts.noGrade') }, ...card.grades.map((g) => ({ value: g.grade, label: gradeText(card, 'grade', g.grade, lang) ?? g.grade }))]}
          onChange={(e) => onChange({ ...value, grade: e.target.value === NOT_SCORED ? null : (e.target.value as string) })}
        />
      </label>
    </>
  );
}

/** @module The top of a record's page: its grade and score, its flags, and the form's summary fields, seen without scrolling. */
import { compileForm, visibility } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format/money.js';
import { useLang } from '../i18n/use-lang.js';
import { useDisplayWords, ValueView } from '../renderer/index.js';
import type { Loaded, RecordView } from '../renderer/index.js';
import type { RecordStatus, ScoreWithCard } from './api.js';
import { MissingFactors } from './missing-factors.js';
import { GradeTag } from './score-grade.js';
import { recordFlags } from './score-words.js';

/** What a record's page reads once for its summary and its score and status tabs. */
export interface RecordFacts {
  /** The stored score with its scorecard; undefined: none (or the form has no scorecard). */
  readonly score: Loaded<ScoreWithCard | undefined>;
  readonly status: Loaded<RecordStatus>;
}

/** One fact: its name small above, its value. */
function Fact({ label, children, testId }: { readonly label: string; readonly children: React.ReactNode; readonly testId: string }) {
  return (
    <div data-testid={testId}>
      <div className="heng-muted">{label}</div>
      <div style={{ fontSize: 16 }}>{children}</div>
    </div>
  );
}

/**
 * The record's key facts at the top of its page: its grade (in its colour) and score, the form's
 * `summaryFields` the user may see and that are shown on it, then the flags its score and rules
 * raised; nothing when there are none. A score or status that cannot be read is left out here
 * (its tab says why).
 */
export function RecordSummary({ form, record, roles, facts }: { readonly form: FormDefinition; readonly record: RecordView; readonly roles: readonly string[]; readonly facts: RecordFacts }) {
  const { t } = useTranslation();
  const lang = useLang();
  const words = useDisplayWords();
  const scored = facts.score.status === 'ok' ? facts.score.value : undefined;
  const score = scored?.score;
  const flags = recordFlags(scored?.card, score?.flags ?? [], facts.status.status === 'ok' ? facts.status.value.flags : [], lang);
  const access = compileForm(form).accessFor(roles);
  const shown = visibility(form.fields);
  const fields = (form.summaryFields ?? []).flatMap((id) => form.fields.filter((f) => f.id === id && access[id] !== 'hidden' && shown(id, record.data)));
  if (score === undefined && flags.length === 0 && fields.length === 0) return null;
  return (
    <Flex gap={32} wrap align="flex-end" data-testid="record-summary" style={{ marginBottom: 16 }}>
      {score?.grade != null && (
        <Fact label={t('runtime.score.grade')} testId="summary-grade">
          <GradeTag grade={score.grade} label={score.label} color={score.color} style={{ fontSize: 16, padding: '2px 10px' }} />
        </Fact>
      )}
      {score !== undefined && (
        <Fact label={t('runtime.score.total')} testId="summary-score">
          {score.total === null ? <Typography.Text type="warning">{t('runtime.score.incomplete')}</Typography.Text> : formatNumber(score.total, lang, scored?.card?.precision ?? 2)}
        </Fact>
      )}
      {score !== undefined && <MissingFactors score={score} />}
      {fields.map((f) => (
        <Fact key={f.id} label={f.label[lang]} testId={`summary-${f.id}`}>
          <ValueView field={f} value={record.data[f.id]} words={words} />
        </Fact>
      ))}
      {flags.length > 0 && (
        <Fact label={t('runtime.status.flags')} testId="summary-flags">
          {flags.map((f) => (
            <Tag key={f.flag} color="red" data-flag={f.flag}>{f.label}</Tag>
          ))}
        </Fact>
      )}
    </Flex>
  );
}

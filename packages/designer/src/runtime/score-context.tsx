/** @module What an approver weighs beside the record: the stored scores and flags of the record and of the records it refers to (a credit application's customer). */
import { visibility } from '@heng/engine';
import type { FormDefinition, LocalizedText, ScorecardDefinition } from '@heng/engine';
import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatNumber } from '../format/money.js';
import { useLang } from '../i18n/use-lang.js';
import type { RecordView } from '../renderer/index.js';
import { ApiError } from '../api/client.js';
import { runtimeApi } from './api.js';
import type { ScoreExplanation } from './api.js';
import { recordPath } from './paths.js';
import { MissingFactors } from './missing-factors.js';
import { GradeTag } from './score-grade.js';
import { recordFlags } from './score-words.js';

/** One record the approval is about, directly (the field is null) or through a reference field; `failed` when its score or flags could not be read. */
export type Scored = { readonly fieldId: string | null; readonly formId: string; readonly id: string } & (
  | { readonly score: ScoreExplanation | undefined; readonly card: ScorecardDefinition | undefined; readonly ruleFlags: readonly RuleFlag[]; readonly failed?: undefined }
  | { readonly failed: true }
);

/** A flag a rule raised, with the label its rule set gives it (null: none). */
interface RuleFlag {
  readonly flag: string;
  readonly label: LocalizedText | null;
}

/** The flags rules raised on a record; none when it is out of the approver's reach. */
async function ruleFlagsOf(formId: string, id: string): Promise<RuleFlag[]> {
  try {
    return (await runtimeApi.status(formId, id)).flags.map((f) => ({ flag: f.flag, label: f.label }));
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return [];
    throw e;
  }
}

/**
 * The records whose scores and flags an approver of `record` weighs: itself, then each record a
 * reference field shown on it points at (one hidden by its `visibleWhen` is not). A record with
 * neither a score nor a rule's flag, or out of the approver's reach, is left out; one that could
 * not be read (a network failure) is kept as failed, so the others still show.
 *
 * @example
 * await scoredAround(applicationForm, application) // [{ fieldId: 'customer', formId: 'customer', id: 'c1', score, card, ruleFlags: [{ flag: 'lawsuit', label: null }] }]
 */
export async function scoredAround(form: FormDefinition, record: RecordView): Promise<Scored[]> {
  const shown = visibility(form.fields);
  const refs = form.fields.flatMap((f) => {
    const id = record.data[f.id];
    return f.type === 'reference' && typeof id === 'string' && id !== '' && shown(f.id, record.data) ? [{ fieldId: f.id, formId: f.target, id }] : [];
  });
  // Read once for every record: only a form with a published scorecard is asked for a score.
  const scorecards = runtimeApi.scorecardsByForm();
  const found = await Promise.all(
    [{ fieldId: null, formId: form.id, id: record.id }, ...refs].map((x) =>
      Promise.all([runtimeApi.scoreWithCard(x.formId, x.id, scorecards), ruleFlagsOf(x.formId, x.id)]).then(
        ([scored, ruleFlags]): Scored[] => (scored === undefined && ruleFlags.length === 0 ? [] : [{ ...x, score: scored?.score, card: scored?.card, ruleFlags }]),
        (): Scored[] => [{ ...x, failed: true }],
      ),
    ),
  );
  return found.flat();
}

/** One record's score in a line: the grade tag as the score tab shows it, the total, then the score's flags and the rules'. */
function ScoreLine({ item }: { readonly item: Scored }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (item.failed === true) return <Typography.Text type="warning">{t('runtime.approvals.scoreFailed')}</Typography.Text>;
  const { score, card, ruleFlags } = item;
  const flags = recordFlags(card, score?.flags ?? [], ruleFlags, lang);
  return (
    <span className="heng-inline">
      {score !== undefined && score.total === null && <Typography.Text type="warning">{t('runtime.score.incomplete')}</Typography.Text>}
      {score?.grade != null && <GradeTag grade={score.grade} label={score.label} color={score.color} />}
      {score?.total != null && <span>{t('runtime.score.total')} {formatNumber(score.total, lang, card?.precision ?? 2)}</span>}
      {flags.map((f) => (
        <Tag key={f.flag} color="red" data-flag={f.flag}>{f.label}</Tag>
      ))}
      {score !== undefined && <MissingFactors score={score} />}
    </span>
  );
}

/**
 * A card of the scores and flags around the record (its own, and each referenced record's, read
 * by {@link scoredAround} before the approval shows, so nobody decides before seeing them);
 * nothing when none has either.
 */
export function ScoreContext({ form, scored }: { readonly form: FormDefinition; readonly scored: readonly Scored[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { appId = '' } = useParams();
  if (scored.length === 0) return null;
  return (
    <Card size="small" title={t('runtime.approvals.scores')} data-testid="score-context">
      <Descriptions size="small" column={1}>
        {scored.map((x) => {
          const field = form.fields.find((f) => f.id === x.fieldId);
          const key = x.fieldId ?? 'record';
          return (
            <Descriptions.Item key={key} label={<Link to={recordPath(appId, x.formId, x.id)}>{field === undefined ? t('runtime.approvals.thisRecord') : field.label[lang]}</Link>}>
              <span data-testid={`score-of-${key}`}>
                <ScoreLine item={x} />
              </span>
            </Descriptions.Item>
          );
        })}
      </Descriptions>
    </Card>
  );
}

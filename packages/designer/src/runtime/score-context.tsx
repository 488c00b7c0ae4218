/** @module What an approver weighs beside the record: the stored scores of the record and of the records it refers to (a credit application's customer). */
import type { FormDefinition, ScorecardDefinition } from '@heng/engine';
import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatNumber } from '../format/money.js';
import { useLang } from '../i18n/use-lang.js';
import { useLoad } from '../renderer/index.js';
import type { RecordView } from '../renderer/index.js';
import { runtimeApi } from './api.js';
import type { ScoreExplanation } from './api.js';
import { WhenLoaded } from './common.js';
import { recordPath } from './paths.js';
import { flagLabel } from './score-words.js';

/** One record the approval is about, directly (the field is null) or through a reference field. */
interface Scored {
  readonly fieldId: string | null;
  readonly formId: string;
  readonly id: string;
  readonly score: ScoreExplanation;
  readonly card: ScorecardDefinition | undefined;
}

/**
 * The records whose scores an approver of `record` weighs: itself, then each record a reference
 * field of it points at. A record with no score, or out of the approver's reach, is left out.
 *
 * @example
 * await scoredAround(applicationForm, application) // [{ fieldId: 'customer', formId: 'customer', id: 'c1', score, card }]
 */
async function scoredAround(form: FormDefinition, record: RecordView): Promise<Scored[]> {
  const refs = form.fields.flatMap((f) => {
    const id = record.data[f.id];
    return f.type === 'reference' && typeof id === 'string' && id !== '' ? [{ fieldId: f.id, formId: f.target, id }] : [];
  });
  const found = await Promise.all(
    [{ fieldId: null, formId: form.id, id: record.id }, ...refs].map(async (x) => {
      const scored = await runtimeApi.scoreWithCard(x.formId, x.id);
      return scored === undefined ? [] : [{ ...x, ...scored }];
    }),
  );
  return found.flat();
}

/** A card of the scores around the record; nothing when none of them is scored. */
export function ScoreContext({ form, record }: { readonly form: FormDefinition; readonly record: RecordView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { appId = '' } = useParams();
  const [loaded, reload] = useLoad(() => scoredAround(form, record), [form, record]);
  return (
    <WhenLoaded loaded={loaded} onRetry={reload}>
      {(items) =>
        items.length === 0 ? null : (
          <Card size="small" title={t('runtime.approvals.scores')} data-testid="score-context">
            <Descriptions size="small" column={1}>
              {items.map((x) => {
                const field = form.fields.find((f) => f.id === x.fieldId);
                const name = field === undefined ? t('runtime.approvals.thisRecord') : field.label[lang];
                return (
                  <Descriptions.Item key={`${x.formId}/${x.id}`} label={<Link to={recordPath(appId, x.formId, x.id)}>{name}</Link>}>
                    <span className="heng-inline" data-testid={`score-of-${x.fieldId ?? 'record'}`}>
                      {x.score.grade !== null && <Tag color={x.score.color ?? undefined}>{x.score.grade}</Tag>}
                      {x.score.label?.[lang]}
                      {x.score.total !== null && <span>{t('runtime.score.total')} {formatNumber(x.score.total, lang, x.card?.precision ?? 2)}</span>}
                      {x.score.flags.map((flag) => (
                        <Tag key={flag} color="red">{flagLabel(x.card, flag, lang)}</Tag>
                      ))}
                    </span>
                  </Descriptions.Item>
                );
              })}
            </Descriptions>
          </Card>
        )
      }
    </WhenLoaded>
  );
}

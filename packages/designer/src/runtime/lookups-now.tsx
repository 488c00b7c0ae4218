/**
 * @module What changed, since the record was saved, in what its lookups copied: an approver of an
 * over-limit order weighs the customer's available credit as it is now, beside the figure the
 * order was checked on (other orders may have been released since).
 */
import { compileForm, sameValue, visibility } from '@heng/engine';
import type { FieldDefinition, FormDefinition, LookupField } from '@heng/engine';
import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import { displayValue, loadRecord, lookupSourceForm, useDisplayWords, useLoad } from '../renderer/index.js';
import type { RecordView } from '../renderer/index.js';

/** A lookup whose source has moved on: the value the record holds, and the source's now. */
export interface Drift {
  readonly field: LookupField;
  readonly then: unknown;
  readonly now: unknown;
}

/**
 * The lookups shown to a reader with `roles` on `record` whose source field now holds another value
 * than the one copied, read from the records its references point at (one out of the reader's
 * reach, or a source field hidden from them, is skipped).
 *
 * @example
 * await driftOf(orderForm, order, ['sales_director']) // [{ field: available_credit, then: 80000, now: -250000 }]
 */
export async function driftOf(form: FormDefinition, record: RecordView, roles: readonly string[]): Promise<Drift[]> {
  const shown = visibility(form.fields);
  const access = compileForm(form).accessFor(roles);
  const lookups = form.fields.filter((f): f is LookupField => f.type === 'lookup' && access[f.id] !== 'hidden' && shown(f.id, record.data));
  const refs = new Map(lookups.flatMap((l) => {
    const [target, id] = [lookupSourceForm(form, l), record.data[l.via]];
    return target !== undefined && typeof id === 'string' && id !== '' ? [[l.via, { target, id }] as const] : [];
  }));
  const sources = new Map(await Promise.all([...refs].map(async ([via, r]) => [via, await loadRecord(r.target, r.id).then((rec) => rec.data, () => undefined)] as const)));
  return lookups.flatMap((l) => {
    const source = sources.get(l.via);
    if (source === undefined || !(l.field in source)) return [];
    const [then, now] = [record.data[l.id], source[l.field]];
    return sameValue(then, now) ? [] : [{ field: l, then, now }];
  });
}

/** The lookups of an approval's record whose sources changed since it was saved; nothing when none did. Shown while the approval waits for a decision. */
export function LookupsNow({ form, record, roles }: { readonly form: FormDefinition; readonly record: RecordView; readonly roles: readonly string[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const words = useDisplayWords();
  const [loaded] = useLoad(() => driftOf(form, record, roles), [form, record, roles]);
  if (loaded.status !== 'ok' || loaded.value.length === 0) return null;
  const show = (field: FieldDefinition, value: unknown) => displayValue(field, value, lang, words);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="lookups-now"
      title={t('runtime.approvals.since')}
      description={
        <Descriptions size="small" column={1}>
          {loaded.value.map((d) => (
            <Descriptions.Item key={d.field.id} label={d.field.label[lang]}>
              <span data-drift={d.field.id}>{t('runtime.approvals.thenNow', { then: show(d.field, d.then), now: show(d.field, d.now) })}</span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      }
    />
  );
}

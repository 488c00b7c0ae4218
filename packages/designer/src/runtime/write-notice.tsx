/** @module Telling the writer of a record what became of it: created or saved, submitted for approval, or what its rules raised and said on it. */
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n/language.js';
import { useLang } from '../i18n/use-lang.js';
import { runtimeApi } from './api.js';
import { useMe } from './common.js';
import { flagLabel } from './score-words.js';
import { outcomeTone, writeOutcome } from './write-outcome.js';
import type { RaisedFlag, WriteOutcome } from './write-outcome.js';

/** The flags' labels, as their rules, else the form's scorecard, name them (read only when there are flags). */
async function flagNames(formId: string, flags: readonly RaisedFlag[], lang: Lang): Promise<string[]> {
  if (flags.length === 0) return [];
  const card = await runtimeApi.scorecardsByForm().then((all) => all.get(formId)?.[0]?.body, () => undefined);
  return flags.map((f) => flagLabel(card, f.flag, lang, f.label));
}

/** A write to tell about: the record as stored, and its revision before (0 for a new record). */
export interface Written {
  readonly record: { readonly id: string; readonly updatedAt: string };
  readonly before: number;
}

/**
 * What to say once a record of `formId` is created or saved: "created" / "saved" when its rules
 * and flows let it be, else a notice of the approvals the write started, the flags raised on it
 * and what the rules told the writer (an order refused for a blacklisted customer, or held over
 * its limit, when placed or when raised). Only the rule runs of the write's revisions count, and
 * the approvals started with it. When what followed cannot be read, "created" is still true.
 *
 * @example
 * const tellWritten = useTellWritten(); await tellWritten('sales_order', { record: made, before: 0 });
 */
export function useTellWritten(): (formId: string, written: Written) => Promise<void> {
  const { t } = useTranslation();
  const lang = useLang();
  const { message, notification } = App.useApp();
  const me = useMe();
  return async (formId, { record, before }) => {
    const created = before === 0;
    const outcome: WriteOutcome | undefined = await Promise.all([runtimeApi.ruleRuns(formId, record.id), runtimeApi.approvalsOf(formId, record.id)]).then(
      ([runs, approvals]) => writeOutcome(runs.filter((r) => r.recordRevision > before), approvals.filter((a) => a.startedAt >= record.updatedAt), me),
      () => undefined,
    );
    const tone = outcome === undefined ? 'success' : outcomeTone(outcome);
    if (outcome === undefined || tone === 'success') {
      void message.success(t(created ? 'runtime.record.created' : 'runtime.record.saved'));
      return;
    }
    const flags = await flagNames(formId, outcome.flags, lang);
    const lines = [
      ...outcome.approvals.map((a) => t('runtime.record.submittedTo', { flow: a.flowName?.[lang] ?? a.flowId })),
      ...outcome.notices.map((n) => n[lang]),
      ...(flags.length === 0 ? [] : [t('runtime.record.flagsRaised', { flags: flags.join(lang === 'zh-CN' ? '、' : ', ') })]),
    ];
    const title = tone === 'info' ? (created ? 'runtime.record.createdInApproval' : 'runtime.record.savedInApproval') : created ? 'runtime.record.createdWithNotes' : 'runtime.record.savedWithNotes';
    notification[tone === 'info' ? 'info' : 'warning']({
      title: t(title),
      description: (
        <ul className="heng-outcome" data-testid="write-outcome" data-tone={tone}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ),
      duration: 12,
    });
  };
}

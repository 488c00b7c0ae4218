/** @module Telling the writer of a new record what became of it: created, submitted for approval, or what its rules raised and said on it. */
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n/language.js';
import { useLang } from '../i18n/use-lang.js';
import { runtimeApi } from './api.js';
import { useMe } from './common.js';
import { flagLabel } from './score-words.js';
import { outcomeTone, writeOutcome } from './write-outcome.js';
import type { WriteOutcome } from './write-outcome.js';

/** The flags' labels, as the form's scorecard names them (read only when there are flags). */
async function flagNames(formId: string, flags: readonly string[], lang: Lang): Promise<string[]> {
  if (flags.length === 0) return [];
  const card = await runtimeApi.scorecardsByForm().then((all) => all.get(formId)?.[0]?.body, () => undefined);
  return flags.map((f) => flagLabel(card, f, lang));
}

/**
 * What to say once a record of `formId` is created: "created" when its rules and flows let it
 * be, else a notice of the approvals it waits for, the flags raised on it and what the rules told
 * the writer (an order refused for a blacklisted customer, or held over its limit). When what
 * followed cannot be read, "created" is still true.
 *
 * @example
 * const tellCreated = useTellCreated(); await tellCreated('sales_order', made.id);
 */
export function useTellCreated(): (formId: string, recordId: string) => Promise<void> {
  const { t } = useTranslation();
  const lang = useLang();
  const { message, notification } = App.useApp();
  const me = useMe();
  return async (formId, recordId) => {
    const outcome: WriteOutcome | undefined = await Promise.all([runtimeApi.ruleRuns(formId, recordId), runtimeApi.approvalsOf(formId, recordId)]).then(([runs, approvals]) => writeOutcome(runs, approvals, me), () => undefined);
    const tone = outcome === undefined ? 'success' : outcomeTone(outcome);
    if (outcome === undefined || tone === 'success') {
      void message.success(t('runtime.record.created'));
      return;
    }
    const flags = await flagNames(formId, outcome.flags, lang);
    const lines = [
      ...outcome.approvals.map((a) => t('runtime.record.submittedTo', { flow: a.flowName?.[lang] ?? a.flowId })),
      ...outcome.notices.map((n) => n[lang]),
      ...(flags.length === 0 ? [] : [t('runtime.record.flagsRaised', { flags: flags.join(lang === 'zh-CN' ? '、' : ', ') })]),
    ];
    notification[tone === 'info' ? 'info' : 'warning']({
      title: t(tone === 'info' ? 'runtime.record.createdInApproval' : 'runtime.record.createdWithNotes'),
      description: (
        <ul className="heng-outcome" data-testid="create-outcome" data-tone={tone}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ),
      duration: 12,
    });
  };
}

/** @module Publishing: the draft saved and checked first, then what changes against the live version (and, for a scorecard, in the stored records), confirmed, then the re-score's progress. */
import type { DefinitionKind, Problem } from '@heng/engine';
import { Alert, Button, Input, Modal, Result, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client.js';
import type { Change, VersionInfo } from '../api/definition-types.js';
import { FieldProblems } from '../components/field-problems.js';
import { useLang } from '../i18n/use-lang.js';
import type { CompanyContext } from './context.js';
import { DiffList } from './diff-list.js';
import { errorText } from '../api/errors.js';
import { JobProgress } from './job-progress.js';
import { problemText } from '../ops/index.js';
import { PublishImpact } from '../scorecard/publish-impact.js';

type Step =
  | { readonly kind: 'checking' }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'ready'; readonly revision: number; readonly problems: readonly Problem[]; readonly warnings: readonly Problem[]; readonly changes: readonly Change[]; readonly busy?: boolean }
  | { readonly kind: 'done'; readonly version: VersionInfo };

export interface PublishDialogProps {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly name: string;
  readonly open: boolean;
  readonly latestVersion: number | null;
  /** Saves what waits; resolves with the revision saved. */
  readonly flush: () => Promise<number>;
  /** The definition as it is now, which the diff leads to. */
  readonly current: () => unknown;
  /** What the diff names fields and roles by. */
  readonly company: CompanyContext;
  readonly onClose: () => void;
  readonly onPublished: (version: number) => void;
}

/** A change of what a policy gives (its values, or a policy added or removed), not of its name. */
const changesPolicyValues = (c: Change): boolean => /^\/policies(\/\d+)?(\/byGrade(\/|$)|$)/.test(c.path);

/** The dialog; it checks afresh each time it opens. */
export function PublishDialog({ kind, id, name, open, latestVersion, flush, current, company, onClose, onPublished }: PublishDialogProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [step, setStep] = useState<Step>({ kind: 'checking' });
  const [note, setNote] = useState('');

  useEffect(() => {
    if (!open) return;
    let live = true;
    setStep({ kind: 'checking' });
    setNote('');
    flush()
      .then((revision) => Promise.all([revision, api.validate(kind, id), api.diff(kind, id)]))
      .then(
        ([revision, v, d]) => live && setStep({ kind: 'ready', revision, problems: v.problems, warnings: v.warnings, changes: d.changes }),
        (error: unknown) => live && setStep({ kind: 'failed', error }),
      );
    return () => {
      live = false;
    };
  }, [open, flush, kind, id]);

  const next = (latestVersion ?? 0) + 1;
  const publish = async (ready: Extract<Step, { kind: 'ready' }>) => {
    setStep({ ...ready, busy: true });
    try {
      const version = await api.publish(kind, id, ready.revision, note.trim() === '' ? undefined : note.trim());
      setStep({ kind: 'done', version });
      onPublished(version.version);
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) setStep({ ...ready, problems: e.problems });
      else setStep({ kind: 'failed', error: e });
    }
  };

  const blocked = step.kind !== 'ready' || step.problems.length > 0 || (step.changes.length === 0 && latestVersion !== null);
  const footer =
    step.kind === 'done' || step.kind === 'failed' ? (
      <Button onClick={onClose}>{t('definitions.publish.close')}</Button>
    ) : (
      <>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" disabled={blocked} loading={step.kind === 'ready' && step.busy === true} onClick={() => step.kind === 'ready' && void publish(step)} data-testid="publish-confirm">
          {t('definitions.publish.confirm', { version: next })}
        </Button>
      </>
    );

  return (
    <Modal open={open} title={t('definitions.publish.title', { name })} width={760} onCancel={onClose} footer={footer} destroyOnHidden>
      <div className="heng-stack" data-testid="publish-dialog">
        {step.kind === 'checking' && <Spin tip={t('definitions.publish.checking')}><div style={{ height: 80 }} /></Spin>}
        {step.kind === 'failed' && <Alert type="error" showIcon title={t('definitions.publish.failed')} description={errorText(step.error, lang)} />}
        {step.kind === 'done' && (
          <>
            <Result status="success" title={t('definitions.publish.done', { version: step.version.version })} style={{ padding: 16 }} />
            {step.version.rescoreJobId !== undefined && <JobProgress jobId={step.version.rescoreJobId} />}
          </>
        )}
        {step.kind === 'ready' && (
          <>
            {step.problems.length > 0 && (
              <Alert type="warning" showIcon title={t('definitions.publish.problems', { count: step.problems.length })} description={<FieldProblems problems={step.problems} />} />
            )}
            {step.warnings.length > 0 && (
              <Alert
                type="warning"
                showIcon
                data-testid="publish-warnings"
                title={t('definitions.publish.warnings', { count: step.warnings.length })}
                description={step.warnings.map((w, i) => <Typography.Paragraph key={`${w.path}:${i}`} style={{ marginBottom: 4 }}>{problemText(w, lang)}</Typography.Paragraph>)}
              />
            )}
            {latestVersion === null ? (
              <Alert type="info" showIcon title={t('definitions.publish.first')} />
            ) : step.changes.length === 0 ? (
              <Alert type="info" showIcon title={t('definitions.publish.unchanged', { version: latestVersion })} />
            ) : (
              <Typography.Text strong>{t('definitions.publish.against', { version: latestVersion })}</Typography.Text>
            )}
            {step.changes.length > 0 && <DiffList changes={step.changes} after={current()} company={company} />}
            {kind === 'scorecard' && latestVersion !== null && step.changes.some(changesPolicyValues) && (
              <Alert type="info" showIcon data-testid="publish-policy-note" title={t('definitions.publish.policyNote')} />
            )}
            {kind === 'scorecard' && step.problems.length === 0 && <PublishImpact id={id} />}
            <Input.TextArea
              aria-label={t('definitions.publish.note')}
              placeholder={`${t('definitions.publish.note')}: ${t('definitions.publish.notePlaceholder')}`}
              value={note}
              maxLength={1000}
              autoSize={{ minRows: 1, maxRows: 3 }}
              onChange={(e) => setNote(e.target.value)}
            />
          </>
        )}
      </div>
    </Modal>
  );
}

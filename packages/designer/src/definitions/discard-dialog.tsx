/** @module Discarding a draft: saved first, then what will be lost against the live version, confirmed, then the live version again. */
import type { DefinitionKind } from '@heng/engine';
import { Alert, App, Button, Modal, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import type { Change } from '../api/definition-types.js';
import { useLang } from '../i18n/use-lang.js';
import type { CompanyContext } from './context.js';
import { DiffList } from './diff-list.js';
import { errorText } from '../api/errors.js';

type Step =
  | { readonly kind: 'checking' }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'ready'; readonly revision: number; readonly changes: readonly Change[]; readonly busy?: boolean };

export interface DiscardDialogProps {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly name: string;
  readonly open: boolean;
  /** The live version, which the draft becomes again. */
  readonly latestVersion: number;
  /** Saves what waits; resolves with the revision saved, which the discard names. */
  readonly flush: () => Promise<number>;
  /** The definition as it is now, which the changes lead to. */
  readonly current: () => unknown;
  /** What the changes name fields and roles by. */
  readonly company: CompanyContext;
  readonly onClose: () => void;
  /** The draft is the live version again: load it. */
  readonly onDiscarded: () => void;
}

/** The dialog; it saves and diffs afresh each time it opens. */
export function DiscardDialog({ kind, id, name, open, latestVersion, flush, current, company, onClose, onDiscarded }: DiscardDialogProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [step, setStep] = useState<Step>({ kind: 'checking' });

  useEffect(() => {
    if (!open) return;
    let live = true;
    setStep({ kind: 'checking' });
    flush()
      .then((revision) => Promise.all([revision, api.diff(kind, id)]))
      .then(
        ([revision, d]) => live && setStep({ kind: 'ready', revision, changes: d.changes }),
        (error: unknown) => live && setStep({ kind: 'failed', error }),
      );
    return () => {
      live = false;
    };
  }, [open, flush, kind, id]);

  const discard = async (ready: Extract<Step, { kind: 'ready' }>) => {
    setStep({ ...ready, busy: true });
    try {
      await api.discardDraft(kind, id, ready.revision);
      void message.success(t('definitions.discard.done', { version: latestVersion }));
      onClose();
      onDiscarded();
    } catch (e) {
      setStep({ kind: 'failed', error: e });
    }
  };

  const footer = (
    <>
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <Button danger type="primary" disabled={step.kind !== 'ready' || step.changes.length === 0} loading={step.kind === 'ready' && step.busy === true} onClick={() => step.kind === 'ready' && void discard(step)} data-testid="discard-confirm">
        {t('definitions.discard.confirm')}
      </Button>
    </>
  );

  return (
    <Modal open={open} title={t('definitions.discard.title', { name })} width={760} onCancel={onClose} footer={footer} destroyOnHidden>
      <div className="heng-stack" data-testid="discard-dialog">
        {step.kind === 'checking' && <Spin tip={t('definitions.discard.checking')}><div style={{ height: 80 }} /></Spin>}
        {step.kind === 'failed' && <Alert type="error" showIcon title={t('definitions.discard.failed')} description={errorText(step.error, lang)} />}
        {step.kind === 'ready' && (
          <>
            <Typography.Text strong>{t('definitions.discard.lost', { count: step.changes.length, version: latestVersion })}</Typography.Text>
            <DiffList changes={step.changes} after={current()} company={company} />
            <Alert type="warning" showIcon title={t('definitions.discard.after', { version: latestVersion })} />
          </>
        )}
      </div>
    </Modal>
  );
}

/** @module A record's approvals: each with its status and timeline, a way to my open task, and starting one by hand. */
import { PlusOutlined } from '@ant-design/icons';
import type { FormDefinition } from '@heng/engine';
import { App, Button, Card, Empty, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorText } from '../api/errors.js';
import { useLang } from '../i18n/use-lang.js';
import { asApiError, useLoad } from '../renderer/index.js';
import type { Loaded } from '../renderer/index.js';
import { runtimeApi } from './api.js';
import type { ApprovalView } from './api.js';
import { ApprovalStatus, ApprovalTimeline } from './approval-timeline.js';
import { useMe, WhenLoaded } from './common.js';
import { inboxPath } from './paths.js';

/** Asks which of the form's published flows to start, and starts it. */
function StartApproval({ formId, recordId, onStarted, onClose }: { readonly formId: string; readonly recordId: string; readonly onStarted: () => void; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [flows, reload] = useLoad(() => runtimeApi.flowsOf(formId), [formId]);
  const [flowId, setFlowId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string>();
  const start = async () => {
    if (flowId === undefined) return;
    setBusy(true);
    try {
      await runtimeApi.startApproval(formId, recordId, flowId);
      void message.success(t('runtime.approvals.started'));
      onStarted();
    } catch (e) {
      setFailed(errorText(asApiError(e), lang));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={t('runtime.approvals.start')} okText={t('runtime.act.confirm')} okButtonProps={{ disabled: flowId === undefined, loading: busy }} cancelText={t('common.cancel')} onOk={() => void start()} onCancel={onClose}>
      <WhenLoaded loaded={flows} onRetry={reload}>
        {(list) => (
          <Form layout="vertical" component="div">
            <Form.Item label={t('runtime.approvals.flow')} validateStatus={failed === undefined ? undefined : 'error'} help={failed}>
              <Select aria-label={t('runtime.approvals.flow')} value={flowId} onChange={setFlowId} options={list.map((f) => ({ value: f.id, label: f.name[lang] }))} />
            </Form.Item>
          </Form>
        )}
      </WhenLoaded>
    </Modal>
  );
}

/** What opening an approval lets me do: act on my task, resubmit or withdraw what I submitted, or read it. */
function linkText(a: Pick<ApprovalView, 'myTask' | 'submitter' | 'status'>, userId: string | undefined): 'runtime.approvals.openTask' | 'runtime.approvals.openReturned' | 'runtime.approvals.openMine' | 'runtime.approvals.open' {
  if (a.myTask !== null) return 'runtime.approvals.openTask';
  if (a.submitter !== null && a.submitter === userId && a.status === 'returned') return 'runtime.approvals.openReturned';
  if (a.submitter !== null && a.submitter === userId && a.status === 'running') return 'runtime.approvals.openMine';
  return 'runtime.approvals.open';
}

/**
 * The approvals tab of a record page, of the `approvals` the page read; `onChanged` has the page
 * read them again: to retry, or when one started (the record is then held).
 */
export function ApprovalsPanel({ form, recordId, approvals, onChanged }: { readonly form: FormDefinition; readonly recordId: string; readonly approvals: Loaded<readonly ApprovalView[]>; readonly onChanged: () => void }) {
  const formId = form.id;
  const { t } = useTranslation();
  const lang = useLang();
  const { appId = '' } = useParams();
  const { userId } = useMe();
  const [starting, setStarting] = useState(false);
  const running = approvals.status === 'ok' && approvals.value.some((a) => a.status === 'running' || a.status === 'returned');
  return (
    <div className="heng-stack" data-testid="approvals-panel">
      <div>
        <Button icon={<PlusOutlined />} disabled={running || approvals.status !== 'ok'} onClick={() => setStarting(true)}>
          {t('runtime.approvals.start')}
        </Button>
      </div>
      <WhenLoaded loaded={approvals} onRetry={onChanged}>
        {(items) =>
          items.length === 0 ? (
            <Empty description={t('runtime.approvals.none')} />
          ) : (
            items.map((a) => (
              <Card
                key={a.id}
                size="small"
                title={
                  <span className="heng-inline">
                    {a.flowName?.[lang] ?? a.flowId} <ApprovalStatus status={a.status} />
                    <Typography.Text type="secondary">{t('runtime.approvals.version', { version: a.flowVersion })}</Typography.Text>
                  </span>
                }
                extra={<Link to={inboxPath(appId, a.id)}>{t(linkText(a, userId))}</Link>}
              >
                <ApprovalTimeline view={a} form={form} />
              </Card>
            ))
          )
        }
      </WhenLoaded>
      {starting && (
        <StartApproval
          formId={formId}
          recordId={recordId}
          onClose={() => setStarting(false)}
          onStarted={() => {
            setStarting(false);
            onChanged();
          }}
        />
      )}
    </div>
  );
}

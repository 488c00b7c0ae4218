/** @module One approval opened from the inbox: the record it is about, its timeline, and my actions on it. */
import { labelFieldOf } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { App, Alert, Button, Card, Col, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client.js';
import { useLang } from '../i18n/use-lang.js';
import { loadPublishedForm, loadRecord, RecordForm, recordName, useLoad } from '../renderer/index.js';
import type { RecordView } from '../renderer/index.js';
import { ActModal } from './act-modal.js';
import { runtimeApi } from './api.js';
import type { ApprovalCommand, ApprovalView } from './api.js';
import { RoutedByScore } from './approval-score.js';
import { ApprovalStatus, ApprovalTimeline } from './approval-timeline.js';
import type { ActKind } from './commands.js';
import { useMe, WhenLoaded } from './common.js';
import { LookupsNow } from './lookups-now.js';
import { inboxPath, recordPath } from './paths.js';
import { ScoreContext, scoredAround } from './score-context.js';
import type { Scored } from './score-context.js';

/** `/apps/:appId/inbox/:instanceId`. */
export function ApprovalPage() {
  const { instanceId = '' } = useParams();
  const [conflict, setConflict] = useState(false);
  const [loaded, reload] = useLoad(async () => {
    const view = await runtimeApi.approval(instanceId);
    const [published, record] = await Promise.all([loadPublishedForm(view.formId), loadRecord(view.formId, view.recordId)]);
    // The scores and flags to weigh come with the approval: its buttons never show before them.
    const scored = await scoredAround(published.form, record);
    return { view, form: published.form, record, scored };
  }, [instanceId]);
  return (
    <WhenLoaded loaded={loaded} onRetry={reload}>
      {(x) => (
        <Approval
          {...x}
          conflict={conflict}
          onActed={(wasConflict) => {
            setConflict(wasConflict);
            reload();
          }}
        />
      )}
    </WhenLoaded>
  );
}

interface ApprovalProps {
  readonly view: ApprovalView;
  readonly form: FormDefinition;
  readonly record: RecordView;
  readonly scored: readonly Scored[];
  readonly conflict: boolean;
  /** After a command: reload all (the record may have changed too); `true` when someone else acted first. */
  readonly onActed: (conflict: boolean) => void;
}

const TASK_ACTIONS: readonly ActKind[] = ['approve', 'reject', 'return', 'transfer', 'addSigner'];

function Approval({ view, form, record, scored, conflict, onActed }: ApprovalProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const { appId = '' } = useParams();
  const { userId, roles } = useMe();
  const [kind, setKind] = useState<ActKind>();
  const open = view.status === 'running' || view.status === 'returned';
  const mine = view.submitter !== null && view.submitter === userId;
  const actions: ActKind[] = [
    ...(view.myTask === null ? [] : TASK_ACTIONS),
    ...(open ? (['comment'] as const) : []),
    ...(open && mine ? (['withdraw'] as const) : []),
    ...(view.status === 'returned' && mine ? (['resubmit'] as const) : []),
  ];
  const editable = form.fields.filter((f) => view.myTask?.editableFields.includes(f.id) === true);
  const label = (k: ActKind) => t(`runtime.act.${k}`);

  const send = async (command: ApprovalCommand) => {
    try {
      await runtimeApi.act(view.id, command, view.version);
    } catch (e) {
      // Someone acted first: show the approval as it is now rather than an error in the dialog.
      if (e instanceof ApiError && e.conflict) {
        setKind(undefined);
        onActed(true);
        return;
      }
      throw e;
    }
    void message.success(t('runtime.act.done', { action: label(command.type) }));
    setKind(undefined);
    onActed(false);
  };

  return (
    <Row gutter={16}>
      <Col span={14} className="heng-stack">
        <ScoreContext form={form} scored={scored} />
        {open && <LookupsNow form={form} record={record} roles={roles} />}
        <Card
          title={<span data-testid="record-title">{recordName(labelFieldOf(form), record)}</span>}
          extra={<Link to={recordPath(appId, form.id, record.id)}>{t('runtime.inbox.openRecord')}</Link>}
        >
          <RecordForm form={form} value={record.data} roles={roles} readOnly />
        </Card>
      </Col>
      <Col span={10}>
        <Card
          title={<span className="heng-inline">{view.flowName?.[lang] ?? view.flowId} <ApprovalStatus status={view.status} /></span>}
          extra={<Link to={inboxPath(appId)}>{t('runtime.inbox.back')}</Link>}
        >
          <div className="heng-stack">
            {conflict && <Alert type="warning" showIcon title={t('runtime.act.conflict')} data-testid="act-conflict" />}
            {view.score !== null && <RoutedByScore score={view.score} />}
            {view.myTask === null && open && <Typography.Text type="secondary">{t('runtime.act.notYours')}</Typography.Text>}
            {actions.length > 0 && (
              <Space wrap data-testid="act-buttons">
                {actions.map((k) => (
                  <Button key={k} type={k === 'approve' ? 'primary' : 'default'} danger={k === 'reject'} onClick={() => setKind(k)}>
                    {label(k)}
                  </Button>
                ))}
              </Space>
            )}
            <Typography.Title level={5} style={{ margin: 0 }}>{t('runtime.approvals.timeline')}</Typography.Title>
            <ApprovalTimeline view={view} form={form} />
          </div>
        </Card>
      </Col>
      {kind !== undefined && <ActModal kind={kind} view={view} form={form} editable={editable} current={record.data} me={userId} onSend={send} onClose={() => setKind(undefined)} />}
    </Row>
  );
}

/** @module One record's page: its title and state, its key facts (grade, score, flags, summary fields), its values, its score explained, the records pointing at it (and new ones started from it), its revisions, what rules left on it, and its approvals. */
import { labelFieldOf, mayDo, recordState } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useLang } from '../i18n/use-lang.js';
import { asApiError, loadPublishedForm, loadRecord, RecordForm, recordName, useLoad } from '../renderer/index.js';
import type { Loaded, RecordView } from '../renderer/index.js';
import { runtimeApi } from './api.js';
import type { ApprovalView, ScorecardsByForm } from './api.js';
import { ApprovalsPanel } from './approvals-panel.js';
import { DeleteRecord } from './delete-record.js';
import { useMe, WhenLoaded } from './common.js';
import { loadLinks, mayStart } from './links.js';
import type { Link as FormLink } from './links.js';
import { recordPath, recordsPath } from './paths.js';
import { loadShownTabs } from './record-tabs.js';
import type { ShownTabs } from './record-tabs.js';
import { RecordMeta } from './record-meta.js';
import { RecordSummary } from './record-summary.js';
import type { RecordFacts } from './record-summary.js';
import { RelatedPanel } from './related-panel.js';
import { RevisionsPanel } from './revisions-panel.js';
import { ScorePanel } from './score-panel.js';
import { StartMenu } from './start-buttons.js';
import { StatusPanel } from './status-panel.js';

/** `/apps/:appId/records/:formId/:recordId`. */
export function RecordPage() {
  const { formId = '', recordId = '' } = useParams();
  const [loaded, reload] = useLoad(async () => {
    // Each read once: the form (its own and those pointing at it), the approvals (for Edit, whether
    // their tab shows, and the tab) and the published scorecards (whether the score tab shows, and the score).
    const published = loadPublishedForm(formId);
    const approvals = runtimeApi.approvalsOf(formId, recordId);
    const scorecards = runtimeApi.scorecardsByForm();
    // The approvals' tab says when they cannot be read: the page shows without them.
    const approvalsRead = approvals.then((value): Loaded<readonly ApprovalView[]> => ({ status: 'ok', value }), (e: unknown): Loaded<readonly ApprovalView[]> => ({ status: 'error', error: asApiError(e) }));
    // The forms pointing at this one: without them the page still shows, with no related records.
    const links = loadLinks(formId, published.then((p) => p.form)).catch((): FormLink[] => []);
    const [{ form }, record, read, linked, tabs] = await Promise.all([published, loadRecord(formId, recordId), approvalsRead, links, loadShownTabs(formId, recordId, approvals, scorecards)]);
    // Whether an approval waits only disables Edit (the server refuses the edit anyway).
    const inApproval = read.status === 'ok' && read.value.some((a) => a.status === 'running');
    return { form, record, approvals: read, inApproval, links: linked, tabs, scorecards };
  }, [formId, recordId]);
  return <WhenLoaded loaded={loaded} onRetry={reload}>{(x) => <RecordDetails {...x} onApprovalsChanged={reload} />}</WhenLoaded>;
}

interface DetailsProps {
  readonly form: FormDefinition;
  readonly record: RecordView;
  readonly approvals: Loaded<readonly ApprovalView[]>;
  readonly inApproval: boolean;
  readonly links: readonly FormLink[];
  readonly tabs: ShownTabs;
  readonly scorecards: Promise<ScorecardsByForm>;
  readonly onApprovalsChanged: () => void;
}

/**
 * The record's details; edit and delete offered as the form's record permissions let the user's roles, and not while an approval of it waits for a decision (the server refuses too).
 * The score and approvals tabs only when `tabs` says they have something to show.
 */
function RecordDetails({ form, record, approvals, inApproval, links, tabs, scorecards, onApprovalsChanged }: DetailsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { appId = '' } = useParams();
  const { roles } = useMe();
  const startable = useMemo(() => links.filter((l) => mayStart(l, roles, record.data)), [links, roles, record.data]);
  // Read once for the summary at the top and for the score and status tabs; a retry reads the scorecards again when the page's read of them failed.
  const [score, reloadScore] = useLoad(() => (tabs.score ? runtimeApi.explainedScore(form.id, record.id, scorecards.catch(() => runtimeApi.scorecardsByForm())) : Promise.resolve(undefined)), [form.id, record.id, tabs.score]);
  const [status, reloadStatus] = useLoad(() => runtimeApi.status(form.id, record.id), [form.id, record.id]);
  const facts: RecordFacts = { score, status };
  // Read once for the line under the title (who changed it last) and for the history tab.
  const [revisions, reloadRevisions] = useLoad(() => runtimeApi.revisions(form.id, record.id), [form.id, record.id]);
  // The form's record state (an order refused, held for approval): absent when it names none, or the field is hidden from the user.
  const state = recordState(form, record.data);
  return (
    <Card
      title={
        <Space direction="vertical" size={0}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{form.name[lang]}</Typography.Text>
          <Space size="small">
            <span data-testid="record-title">{recordName(labelFieldOf(form), record)}</span>
            {state !== undefined && <Tag data-testid="record-state">{state.label[lang]}</Tag>}
          </Space>
        </Space>
      }
      extra={
        <Space>
          <Link to={recordsPath(appId, form.id)}>{t('runtime.record.back')}</Link>
          <StartMenu links={startable} recordId={record.id} />
          {mayDo(form, 'update', roles) && (
            <Tooltip title={inApproval ? t('runtime.record.inApproval') : undefined}>
              <Button type="primary" icon={<EditOutlined />} disabled={inApproval} data-testid="record-edit" onClick={() => void navigate(recordPath(appId, form.id, record.id, 'edit'))}>
                {t('runtime.record.edit')}
              </Button>
            </Tooltip>
          )}
          {mayDo(form, 'delete', roles) && <DeleteRecord formId={form.id} recordId={record.id} revision={record.revision} name={recordName(labelFieldOf(form), record)} inApproval={inApproval} />}
        </Space>
      }
    >
      <RecordMeta record={record} revisions={revisions} />
      <RecordSummary form={form} record={record} roles={roles} facts={facts} />
      <Tabs
        destroyOnHidden
        items={[
          { key: 'details', label: t('runtime.record.details'), children: <RecordForm form={form} value={record.data} roles={roles} readOnly /> },
          ...(tabs.score ? [{ key: 'score', label: t('runtime.record.score'), children: <ScorePanel form={form} loaded={score} onRetry={reloadScore} /> }] : []),
          { key: 'related', label: t('runtime.record.related'), children: <RelatedPanel links={links} record={record} /> },
          ...(tabs.approvals ? [{ key: 'approvals', label: t('runtime.record.approvals'), children: <ApprovalsPanel form={form} recordId={record.id} approvals={approvals} onChanged={onApprovalsChanged} /> }] : []),
          { key: 'history', label: t('runtime.record.history'), children: <RevisionsPanel form={form} loaded={revisions} onRetry={reloadRevisions} /> },
          { key: 'status', label: t('runtime.record.status'), children: <StatusPanel facts={facts} onChanged={reloadStatus} /> },
        ]}
      />
    </Card>
  );
}

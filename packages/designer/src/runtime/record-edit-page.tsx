/** @module New and edit pages of a record: the record form, sent as a create (its creator told what became of it; one started from another record has its references filled) or as a merge patch at the revision loaded (409: reload). */
import { compileForm, dynamicDefaults, mayDo, ownerDefaults, rowScope } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { Alert, Button, Card } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.js';
import { useLang } from '../i18n/use-lang.js';
import { loadPublishedForm, loadRecord, RecordForm, todayInChina, useLoad } from '../renderer/index.js';
import type { RecordView } from '../renderer/index.js';
import { runtimeApi } from './api.js';
import { useMe, WhenLoaded } from './common.js';
import { useTellWritten } from './write-notice.js';
import { mergePatch } from './merge-patch.js';
import { NotAllowed } from './not-allowed.js';
import { recordPath, recordsPath } from './paths.js';
import { loadPrefill } from './prefill.js';
import type { Prefill } from './prefill.js';

/** `/apps/:appId/records/:formId/new`, `?<reference field>=<record id>` to start from a record (src/runtime/prefill.ts). */
export function RecordNewPage() {
  const { formId = '' } = useParams();
  const [search] = useSearchParams();
  const { roles } = useMe();
  const query = search.toString();
  const [loaded, reload] = useLoad(async () => {
    const { form } = await loadPublishedForm(formId);
    return { form, prefill: await loadPrefill(form, roles, new URLSearchParams(query)) };
  }, [formId, query, roles]);
  return <WhenLoaded loaded={loaded} onRetry={reload}>{(x) => (mayDo(x.form, 'create', roles) ? <NewRecord key={query} form={x.form} prefill={x.prefill} /> : <NotAllowed form={x.form} action="create" />)}</WhenLoaded>;
}

function NewRecord({ form, prefill }: { readonly form: FormDefinition; readonly prefill: Prefill }) {
  const { t } = useTranslation();
  const lang = useLang();
  const tellWritten = useTellWritten();
  const navigate = useNavigate();
  const { appId = '' } = useParams();
  const { roles, userId } = useMe();
  // As the server fills them: the form's defaults (today's date, the user for "me"), and the user in the fields of their row rules
  // (a salesperson's new application is theirs), so a required owner field is not left to pick; then the references it starts from.
  const defaults = useMemo(
    () => ({ ...dynamicDefaults(form, { today: todayInChina(), userId: userId ?? null }), ...(userId === undefined ? {} : ownerDefaults(form, rowScope(form, roles), userId)), ...prefill.values }),
    [form, roles, userId, prefill],
  );
  // Started from a record: back to it; else to the form's list.
  const back = prefill.from === undefined ? recordsPath(appId, form.id) : recordPath(appId, prefill.from.formId, prefill.from.id);
  const create = async (values: Record<string, unknown>) => {
    const made = await runtimeApi.create(form.id, values);
    await tellWritten(form.id, { record: made, before: 0 });
    void navigate(recordPath(appId, form.id, made.id));
  };
  return (
    <Card title={t('runtime.record.newTitle', { form: form.name[lang] })} extra={<Link to={back}>{t(prefill.from === undefined ? 'runtime.record.back' : 'runtime.record.backToRecord')}</Link>}>
      <RecordForm form={form} defaults={defaults} roles={roles} onSubmit={create} extra={<Button onClick={() => void navigate(back)}>{t('common.cancel')}</Button>} />
    </Card>
  );
}

/** `/apps/:appId/records/:formId/:recordId/edit`. */
export function RecordEditPage() {
  const { formId = '', recordId = '' } = useParams();
  const { roles } = useMe();
  const [loaded, reload] = useLoad(async () => {
    // An approval waiting on it: said at once, rather than after the typing (the server refuses the edit anyway; unread, the form shows).
    const waiting = runtimeApi.approvalsOf(formId, recordId).then((items) => items.some((a) => a.status === 'running'), () => false);
    const [published, record, inApproval] = await Promise.all([loadPublishedForm(formId), loadRecord(formId, recordId), waiting]);
    return { form: published.form, record, inApproval };
  }, [formId, recordId]);
  return (
    <WhenLoaded loaded={loaded} onRetry={reload}>
      {(x) => (mayDo(x.form, 'update', roles) ? <EditRecord form={x.form} record={x.record} inApproval={x.inApproval} reload={reload} /> : <NotAllowed form={x.form} action="update" />)}
    </WhenLoaded>
  );
}

/** The record's form; in its place, for a record an approval waits on (`inApproval`), why it cannot change now. */
function EditRecord({ form, record, inApproval, reload }: { readonly form: FormDefinition; readonly record: RecordView; readonly inApproval: boolean; readonly reload: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const tellWritten = useTellWritten();
  const navigate = useNavigate();
  const { appId = '' } = useParams();
  const { roles } = useMe();
  const [conflict, setConflict] = useState(false);
  const writable = useMemo(() => {
    const access = compileForm(form).accessFor(roles);
    return form.fields.filter((f) => access[f.id] === 'write').map((f) => f.id);
  }, [form, roles]);
  const back = recordPath(appId, form.id, record.id);

  const save = async (values: Record<string, unknown>) => {
    let saved: RecordView;
    try {
      saved = await runtimeApi.update(form.id, record.id, record.revision, mergePatch(record.data, values, writable));
    } catch (e) {
      // Someone saved first: the page says so and offers their version; the form keeps what was typed.
      if (e instanceof ApiError && e.conflict && e.code !== 'record.in_approval') {
        setConflict(true);
        return;
      }
      throw e;
    }
    await tellWritten(form.id, { record: saved, before: record.revision });
    void navigate(back);
  };

  return (
    <Card title={t('runtime.record.editTitle', { form: form.name[lang] })} extra={<Link to={back}>{t('runtime.record.backToRecord')}</Link>}>
      <div className="heng-stack">
        {conflict && (
          <Alert type="warning" showIcon title={t('runtime.record.conflict')} data-testid="record-conflict" action={<Button onClick={reload}>{t('runtime.record.reload')}</Button>} />
        )}
        {inApproval ? (
          <Alert type="info" showIcon title={t('runtime.record.inApproval')} data-testid="record-in-approval" />
        ) : (
          <RecordForm key={record.revision} form={form} value={record.data} roles={roles} onSubmit={save} extra={<Button onClick={() => void navigate(back)}>{t('common.cancel')}</Button>} />
        )}
      </div>
    </Card>
  );
}

/** @module The dialog of one approval action: the opinion, and whom to return, transfer or add; reject asks again before it ends the flow. */
import type { FieldDefinition, FormDefinition, Problem } from '@heng/engine';
import { App, Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors.js';
import { FieldProblems } from '../components/field-problems.js';
import { useLang } from '../i18n/use-lang.js';
import { asApiError, loadUsers, useLoad } from '../renderer/index.js';
import { inputOf, isInputType } from '../renderer/field-input.js';
import { isTypedText } from '../renderer/form-model.js';
import type { NumericType } from '../renderer/form-model.js';
import type { ApprovalCommand, ApprovalView } from './api.js';
import { changedEdits, commandOf } from './commands.js';
import type { ActKind, Answers } from './commands.js';

const OPINION_REQUIRED: ReadonlySet<ActKind> = new Set(['reject', 'return', 'comment']);

export interface ActModalProps {
  readonly kind: ActKind;
  readonly view: ApprovalView;
  /** The record's form: its labels name the fields a picker waits for. */
  readonly form: FormDefinition;
  /** Fields the approver may change when approving (scalar ones get an input). */
  readonly editable: readonly FieldDefinition[];
  /** The record's values now: each input starts from its field's, so an earlier approver's change shows. */
  readonly current: Readonly<Record<string, unknown>>;
  readonly me: string | undefined;
  /** Sends the command; an ApiError it throws stays in the dialog, in the language shown. */
  readonly onSend: (command: ApprovalCommand) => Promise<void>;
  readonly onClose: () => void;
}

/** One action's dialog. */
export function ActModal({ kind, view, form: recordForm, editable, current, me, onSend, onClose }: ActModalProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { modal } = App.useApp();
  const [form] = Form.useForm<Answers>();
  const [edits, setEdits] = useState<Record<string, unknown>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ readonly text: string; readonly problems: readonly Problem[] }>();
  const [users] = useLoad(loadUsers, []);
  const people = users.status === 'ok' ? users.value.filter((u) => u.active && u.id !== me).map((u) => ({ value: u.id, label: u.displayName })) : [];
  const title = t(`runtime.act.${kind}`);

  const send = async (answers: Answers) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await onSend(commandOf(kind, { ...answers, edits: changedEdits(editable, edits, current) }));
    } catch (e) {
      const error = asApiError(e);
      setFailure({ text: errorText(error, lang), problems: error.problems });
    } finally {
      setBusy(false);
    }
  };
  const edited = (f: FieldDefinition): unknown => (Object.hasOwn(edits, f.id) ? edits[f.id] : current[f.id]);
  // Text typed into a number input that is no number is pointed out on it and not sent.
  const notNumbers = editable.some((f) => isTypedText(f.type, edited(f)));
  const submit = async () => {
    const answers = await form.validateFields();
    if (notNumbers) return;
    if (kind !== 'reject') return send(answers);
    // Rejecting ends the flow for good: asked once more.
    modal.confirm({ title: t('runtime.act.rejectConfirm'), okText: t('runtime.act.reject'), okButtonProps: { danger: true }, cancelText: t('common.cancel'), onOk: () => send(answers) });
  };

  return (
    <Modal open title={title} okText={t('runtime.act.confirm')} okButtonProps={{ loading: busy, danger: kind === 'reject' }} cancelText={t('common.cancel')} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} data-testid={`act-${kind}`}>
      <Form form={form} layout="vertical" initialValues={{ where: 'before', to: kind === 'return' ? view.returnTargets[0]?.id : undefined }}>
        {kind === 'approve' && editable.length > 0 && (
          <Form.Item label={t('runtime.act.edits')}>
            {editable.map((f) => {
              if (!isInputType(f.type)) return null;
              const Field = inputOf(f.type);
              const wrong = isTypedText(f.type, edited(f));
              return (
                <Form.Item key={f.id} label={f.label[lang]} htmlFor={`edit-${f.id}`} validateStatus={wrong ? 'error' : undefined} help={wrong ? t(`runtime.form.notANumber.${f.type as NumericType}`) : undefined}>
                  <Field field={f} id={`edit-${f.id}`} value={edited(f)} onChange={(v) => setEdits((e) => ({ ...e, [f.id]: v }))} status={wrong ? 'error' : undefined} record={{ form: recordForm, values: { ...current, ...edits } }} />
                </Form.Item>
              );
            })}
          </Form.Item>
        )}
        {kind === 'return' && (
          <Form.Item name="to" label={t('runtime.act.returnTo')} rules={[{ required: true }]}>
            <Select options={view.returnTargets.map((r) => ({ value: r.id, label: r.name?.[lang] ?? t('runtime.approvals.submitter') }))} />
          </Form.Item>
        )}
        {kind === 'transfer' && (
          <Form.Item name="to" label={t('runtime.act.transferTo')} rules={[{ required: true, message: t('runtime.act.userRequired') }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={people} loading={users.status === 'loading'} />
          </Form.Item>
        )}
        {kind === 'addSigner' && (
          <>
            <Form.Item name="users" label={t('runtime.act.signers')} rules={[{ required: true, message: t('runtime.act.signersRequired') }]}>
              <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={people} loading={users.status === 'loading'} />
            </Form.Item>
            <Form.Item name="where" label={t('runtime.act.where')}>
              <Select options={(['before', 'after', 'with'] as const).map((w) => ({ value: w, label: t(`runtime.approvals.where.${w}`) }))} />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="opinion"
          label={t(kind === 'comment' ? 'runtime.act.comment' : kind === 'resubmit' ? 'runtime.act.resubmitNote' : 'runtime.act.opinion')}
          rules={OPINION_REQUIRED.has(kind) ? [{ required: true, whitespace: true, message: t(kind === 'comment' ? 'runtime.act.commentRequired' : 'runtime.act.opinionRequired') }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
        {failure !== undefined && <Alert type="error" showIcon title={failure.text} description={failure.problems.length > 0 ? <FieldProblems problems={failure.problems} /> : undefined} />}
      </Form>
    </Modal>
  );
}

/** @module The “new” dialog: id (made from the name when left empty), name in Chinese, English or both and, for all but forms, the published form it works on; creates the draft and opens it. */
import type { DefinitionKind } from '@heng/engine';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client.js';
import type { DefinitionSummary } from '../api/definition-types.js';
import { useLang } from '../i18n/use-lang.js';
import { errorText } from '../api/errors.js';
import { completed, FORM_BOUND, newDefinitionProblems, skeleton } from './skeleton.js';
import type { NewDefinitionProblem } from './skeleton.js';
import { displayName } from './status.js';

interface Values {
  readonly id?: string;
  readonly nameZh?: string;
  readonly nameEn?: string;
  readonly form?: string;
}

export interface NewDefinitionDialogProps {
  readonly kind: DefinitionKind;
  readonly open: boolean;
  /** Every definition of the company: the ids taken, and the forms to pick from. */
  readonly existing: readonly DefinitionSummary[];
  readonly onClose: () => void;
  readonly onCreated: (id: string) => void;
}

/** Creates a draft of `kind` from its skeleton. */
export function NewDefinitionDialog({ kind, open, existing, onClose, onCreated }: NewDefinitionDialogProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const needsForm = FORM_BOUND.has(kind);
  const forms = existing.filter((s) => s.kind === 'form');
  const message = (problem: NewDefinitionProblem) => (problem === 'idTaken' ? t('definitions.create.idTaken', { kind: t(`definitions.kinds.${kind}`) }) : t(`definitions.create.${problem}`));

  const submit = async () => {
    const v = form.getFieldsValue();
    const taken = new Set(existing.filter((s) => s.kind === kind).map((s) => s.id));
    const input = completed({ kind, id: v.id ?? '', name: { 'zh-CN': v.nameZh ?? '', en: v.nameEn ?? '' }, ...(needsForm ? { form: v.form ?? '' } : {}) }, taken);
    const problems = newDefinitionProblems(input, taken);
    form.setFields([
      { name: 'id', errors: problems.id === undefined ? [] : [message(problems.id)] },
      { name: 'nameZh', errors: problems.name === undefined ? [] : [message(problems.name)] },
      { name: 'nameEn', errors: problems.name === undefined ? [] : [message(problems.name)] },
      ...(needsForm ? [{ name: 'form' as const, errors: problems.form === undefined ? [] : [message(problems.form)] }] : []),
    ]);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await api.createDraft(kind, input.id, skeleton(input));
      onCreated(input.id);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) form.setFields([{ name: 'id', errors: [message('idTaken')] }]);
      else setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t(`definitions.create.title.${kind}`)}
      okText={t('definitions.create.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        setFailure(undefined);
      }}
      destroyOnHidden
    >
      {failure !== undefined && <Alert type="error" showIcon title={t('definitions.create.failed')} description={errorText(failure, lang)} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={() => void submit()} data-testid="new-definition">
        <Form.Item name="id" label={t('definitions.create.id')} extra={t('definitions.create.idHint')}>
          <Input autoComplete="off" spellCheck={false} className="heng-mono" />
        </Form.Item>
        <Form.Item name="nameZh" label={t('definitions.create.nameZh')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('definitions.create.nameEn')}>
          <Input autoComplete="off" />
        </Form.Item>
        {needsForm && (
          <Form.Item name="form" label={t('definitions.create.form')} extra={forms.some((f) => f.latestVersion !== null) ? t(`definitions.create.formHint.${kind as Exclude<DefinitionKind, 'form'>}`) : t('definitions.create.noForms')}>
            <Select
              aria-label={t('definitions.create.form')}
              options={forms.map((f) => {
                const name = `${displayName(f.name, lang, f.id)} (${f.id})`;
                return { value: f.id, label: f.latestVersion === null ? t('definitions.create.notPublished', { name }) : name, disabled: f.latestVersion === null };
              })}
            />
          </Form.Item>
        )}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}

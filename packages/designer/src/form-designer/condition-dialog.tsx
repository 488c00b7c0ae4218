/** @module A condition edited in a dialog wide enough for the condition builder (the panel beside the canvas is not). */
import type { Condition, FieldCatalog, FormDefinition } from '@heng/engine';
import { Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConditionBuilder } from '../components/condition-builder.js';
import { FieldProblems } from '../components/field-problems.js';
import { problemsAt } from '../ops/problems.js';
import { useDesigner } from './designer-context.js';

export interface ConditionDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly title: string;
  readonly hint: string;
  readonly value: Condition;
  /** `key` names the edited part, so typing into one value undoes as one step. */
  readonly onChange: (next: Condition, key?: string) => void;
  /** What the condition may compare, and the form whose labels and options name it. */
  readonly catalog: FieldCatalog;
  readonly form: FormDefinition;
  /** The condition's pointer in the form under edit. */
  readonly path: string;
  /** Whether 为空 / 不为空 are offered (not in a check); true unless given. */
  readonly emptiness?: boolean;
}

/** The dialog; every change applies at once (and undoes), "Done" only closes it. */
export function ConditionDialog({ open, onClose, title, hint, value, onChange, catalog, form, path, emptiness }: ConditionDialogProps) {
  const { t } = useTranslation();
  const { problems } = useDesigner();
  return (
    <Modal
      open={open}
      width={760}
      title={title}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('formDesigner.visibility.done')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <ConditionBuilder value={value} onChange={onChange} catalog={catalog} form={form} grades={[]} problems={problems} path={path} emptiness={emptiness} />
      <FieldProblems problems={problemsAt(problems, path)} />
    </Modal>
  );
}

/** @module A definition's status as a tag: draft only, published vN, or unpublished changes. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DefinitionStatus } from './status.js';

const COLORS = { draft: 'default', published: 'success', changed: 'warning' } as const;

/** The tag of `status`. */
export function StatusTag({ status }: { readonly status: DefinitionStatus }) {
  const { t } = useTranslation();
  const text = status.kind === 'draft' ? t('definitions.status.draft') : t(`definitions.status.${status.kind}`, { version: status.version });
  return (
    <Tag color={COLORS[status.kind]} data-testid="definition-status" data-status={status.kind}>
      {text}
    </Tag>
  );
}

/** @module What an import wrote: the counts, and a link to each imported form, scorecard, flow and rule set. */
import { KIND_ORDER } from '@heng/engine';
import { Button, Result, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { definitionPath } from '../app/navigation.js';
import type { ImportResult } from './api.js';

/** The result of an import named `name`; `onClose` ends the import. */
export function ImportResultView({ result, name, onClose }: { readonly result: ImportResult; readonly name: string; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const { appId = '' } = useParams();
  const version = (kind: string, id: string) => result.published.find((p) => p.kind === kind && p.id === id)?.version;
  return (
    <Result
      status="success"
      data-testid="import-result"
      title={t('templates.done.title', { name })}
      subTitle={t('templates.done.body', { published: result.published.length, records: result.records })}
      extra={<Button type="primary" onClick={onClose}>{t('templates.done.close')}</Button>}
    >
      <Typography.Paragraph strong>{t('templates.done.open')}</Typography.Paragraph>
      {KIND_ORDER.map((kind) => {
        const defs = result.plan.definitions.filter((d) => d.kind === kind);
        if (defs.length === 0) return null;
        return (
          <Typography.Paragraph key={kind} data-testid={`imported-${kind}`}>
            <Typography.Text type="secondary">{t(`templates.kinds.${kind}`)}: </Typography.Text>
            {defs.map((d) => (
              <span key={d.id} className="heng-inline" style={{ display: 'inline-flex', marginInlineEnd: 12 }}>
                <Link to={definitionPath(appId, kind, d.id)} className="heng-mono" data-imported={`${kind}:${d.id}`} onClick={onClose}>{d.id}</Link>
                {version(kind, d.id) !== undefined && <Tag>v{version(kind, d.id)}</Tag>}
                {d.action === 'rename' && <Typography.Text type="secondary">{t('templates.done.renamedFrom', { id: d.from })}</Typography.Text>}
              </span>
            ))}
          </Typography.Paragraph>
        );
      })}
    </Result>
  );
}

/** @module A bundle's problems from the dry run or the import: each at its path in the file, named by the definition it is in, said in the language shown. */
import { KIND_ORDER } from '@heng/engine';
import type { Problem } from '@heng/engine';
import { Alert, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import { problemText } from '../ops/index.js';
import { problemPlace } from './bundle-file.js';

/** `bundle` is the file sent (for naming where a problem is, and saying to fix it); undefined for a template of the gallery. */
export function BundleProblems({ problems, bundle }: { readonly problems: readonly Problem[]; readonly bundle: unknown }) {
  const { t } = useTranslation();
  const lang = useLang();
  const where = (p: Problem): string => {
    const place = problemPlace(bundle, p.path);
    if (place === undefined) return '';
    if (place.kind === 'seed') return t('templates.problems.seedRow', { row: place.row, form: place.form });
    const kind = KIND_ORDER.find((k) => k === place.defKind);
    return `${kind === undefined ? place.defKind : t(`templates.kinds.${kind}`)} ${place.id}`;
  };
  return (
    <div className="heng-stack" data-testid="bundle-problems">
      <Alert type="error" showIcon role="alert" title={t('templates.problems.title', { count: problems.length })} description={bundle === undefined ? t('templates.problems.templateHint') : t('templates.problems.hint')} />
      <Table<Problem & { readonly n: number }>
        rowKey="n"
        size="small"
        tableLayout="fixed"
        pagination={problems.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        dataSource={problems.map((p, n) => ({ ...p, n }))}
        onRow={(p) => ({ 'data-path': p.path }) as HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'path', title: t('templates.problems.path'), width: 260, render: (_, p) => <span className="heng-mono" style={{ wordBreak: 'break-all', fontSize: 12 }}>{p.path}</span> },
          { key: 'where', title: t('templates.problems.where'), width: 160, render: (_, p) => where(p) },
          { key: 'message', title: t('templates.problems.message'), render: (_, p) => <Typography.Text type="danger">{problemText(p, lang)}</Typography.Text> },
        ]}
      />
    </div>
  );
}

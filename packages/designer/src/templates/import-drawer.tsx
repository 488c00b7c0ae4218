/** @module Importing a template or a bundle file: the dry run's plan (or the file's problems) first, then the import after a confirmation, its progress and its result. */
import { Alert, App, Button, Drawer, Progress, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors.js';
import { useLang } from '../i18n/use-lang.js';
import { nameIn } from '../runtime/common.js';
import type { ImportSource } from './api.js';
import { BundleProblems } from './bundle-problems.js';
import { ImportResultView } from './import-result.js';
import { planCounts } from './plan.js';
import { PlanTable } from './plan-table.js';
import { useImport } from './use-import.js';

/** The name an import goes by: the template's, or the file's bundle's (its file name when it has none). */
function useSourceName(source: ImportSource): string {
  const lang = useLang();
  if (source.kind === 'template') return nameIn(source.template.name, lang, source.template.id);
  const bundle = source.bundle;
  return nameIn(typeof bundle === 'object' && bundle !== null ? (bundle as { name?: unknown }).name : undefined, lang, source.fileName);
}

/** The drawer of one import; mounted per source, so each starts from its own dry run. */
export function ImportDrawer({ source, onClose }: { readonly source: ImportSource; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { modal } = App.useApp();
  const name = useSourceName(source);
  const steps = useImport(source);
  const { state } = steps;

  const confirm = () => {
    if (state.phase !== 'planned') return;
    const counts = planCounts(state.plan);
    modal.confirm({
      title: t('templates.confirm.title', { name }),
      content: t('templates.confirm.body', { count: counts.total, records: state.plan.seedRecords }),
      okText: t('templates.confirm.ok'),
      cancelText: t('common.cancel'),
      // The drawer shows the progress and the result: the confirmation closes at once.
      onOk: () => void steps.run(),
    });
  };

  const plan = 'plan' in state ? state.plan : undefined;
  const footer = state.phase === 'imported' ? null : (
    <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
      <Button onClick={onClose} disabled={state.phase === 'importing'}>{t('templates.plan.close')}</Button>
      {plan !== undefined && (
        <Button type="primary" data-testid="import-run" disabled={state.phase !== 'planned'} loading={state.phase === 'importing'} onClick={confirm}>
          {t('templates.plan.import')}
        </Button>
      )}
    </Space>
  );

  return (
    <Drawer open onClose={onClose} title={t('templates.plan.title', { name })} size={820} footer={footer} maskClosable={state.phase !== 'importing'} closable={state.phase !== 'importing'} destroyOnHidden>
      <div className="heng-stack" data-testid="import-drawer" data-phase={state.phase}>
        {state.phase === 'planning' && plan === undefined && <Spin tip={t('templates.plan.planning')} style={{ display: 'block', margin: '48px auto' }}><div /></Spin>}
        {state.phase === 'failed' && (
          <Alert type="error" showIcon title={t('templates.plan.failed')} description={errorText(state.error, lang)} action={<Button size="small" onClick={steps.retry}>{t('templates.retry')}</Button>} />
        )}
        {state.phase === 'problems' && <BundleProblems problems={state.error.problems} bundle={source.kind === 'file' ? source.bundle : undefined} />}
        {state.phase === 'importing' && (
          <Alert type="info" showIcon title={t('templates.importing')} description={<Progress percent={100} status="active" showInfo={false} />} data-testid="import-progress" />
        )}
        {state.phase === 'planned' && state.error !== undefined && (
          <Alert type="error" showIcon title={t('templates.importFailed')} description={errorText(state.error, lang)} data-testid="import-failed" />
        )}
        {plan !== undefined && (
          <PlanTable plan={plan} resolutions={steps.resolutions} busy={state.phase === 'planning' || state.phase === 'importing'} onChoose={steps.choose} onChooseAll={steps.chooseAll} />
        )}
        {state.phase === 'imported' && <ImportResultView result={state.result} name={name} onClose={onClose} />}
      </div>
    </Drawer>
  );
}

/** @module The banner of a stale save: someone else saved first, so nothing more is saved until the draft is reloaded. */
import type { DefinitionKind } from '@heng/engine';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** Says what happened and offers the reload; never saves over the other person's work. */
export function ConflictBanner({ kind, onReload }: { readonly kind: DefinitionKind; readonly onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="conflict-banner"
      title={t('definitions.conflict.title', { kind: t(`definitions.kinds.${kind}`) })}
      description={t('definitions.conflict.description')}
      action={
        <Button type="primary" danger onClick={onReload}>
          {t('definitions.conflict.reload')}
        </Button>
      }
    />
  );
}

/** @module Said in place of an editor whose form is not published: it can only be designed against a published form. */
import type { DefinitionKind } from '@heng/engine';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { definitionPath } from '../app/navigation.js';

/** What to do: publish form `form` first, with the way to it. */
export function MissingForm({ kind, form }: { readonly kind: DefinitionKind; readonly form: string }) {
  const { t } = useTranslation();
  const { appId = '' } = useParams();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="missing-form"
      title={t('definitions.page.formMissing', { form, kind: t(`definitions.kinds.${kind}`) })}
      action={
        form === '' ? undefined : (
          <Link to={definitionPath(appId, 'form', form)}>
            <Button>{t('definitions.page.openForm')}</Button>
          </Link>
        )
      }
    />
  );
}

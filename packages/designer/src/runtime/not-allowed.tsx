/** @module In place of a page for creating or changing records, when the form's record permissions do not let the user's roles (the server refuses too). */
import type { FormDefinition } from '@heng/engine';
import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLang } from '../i18n/use-lang.js';
import { recordsPath } from './paths.js';

/**
 * What the user may not do, and the way back to the form's list.
 *
 * @example
 * if (!mayDo(form, 'create', roles)) return <NotAllowed form={form} action="create" />;
 */
export function NotAllowed({ form, action }: { readonly form: FormDefinition; readonly action: 'create' | 'update' }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { appId = '' } = useParams();
  return (
    <Card title={form.name[lang]} extra={<Link to={recordsPath(appId, form.id)}>{t('runtime.record.back')}</Link>}>
      <Alert type="warning" showIcon data-testid="not-allowed" title={t(`runtime.record.notAllowed.${action}`, { form: form.name[lang] })} />
    </Card>
  );
}

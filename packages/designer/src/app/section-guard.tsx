/** @module A design or admin page opened by someone whose roles may not use it (a typed address): a 403 saying so, not an editor whose saves the server would refuse. */
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../session/session.js';
import { sectionsFor } from './navigation.js';
import type { Section } from './navigation.js';

/** `children` for those the navigation shows `section` to; a 403 for anyone else. */
export function ForSection({ section, children }: { readonly section: Section; readonly children: ReactNode }) {
  const { t } = useTranslation();
  const { state } = useSession();
  const roles = state.kind === 'signed-in' ? state.session.roles : [];
  if (sectionsFor(roles).includes(section)) return children;
  return (
    <Result
      status="403"
      title={t('forbidden.title')}
      subTitle={t('forbidden.body')}
      extra={
        <Link to="/">
          <Button type="primary">{t('notFound.home')}</Button>
        </Link>
      }
    />
  );
}

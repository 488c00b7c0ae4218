/** @module Leaving a record form with unsaved changes asks first: inside the app (a link, Cancel, Back) and when the tab is closed or reloaded. */
import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * While `active()` holds (the form has changes not yet saved), leaving the page asks whether to
 * discard them. Read at each navigation, so a save under way (which navigates on success) passes.
 * Rendered by an editable form only: the router heeds one blocker at a time.
 *
 * @example
 * {editable && <UnsavedGuard active={() => methods.formState.isDirty && !saving.current} />}
 */
export function UnsavedGuard({ active }: { readonly active: () => boolean }): null {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => active() && currentLocation.pathname !== nextLocation.pathname);
  const asked = useRef(false);
  useEffect(() => {
    if (blocker.state !== 'blocked' || asked.current) return;
    asked.current = true;
    modal.confirm({
      title: t('runtime.form.unsavedTitle'),
      content: t('runtime.form.unsavedBody'),
      okText: t('runtime.form.unsavedLeave'),
      okButtonProps: { danger: true },
      cancelText: t('runtime.form.unsavedStay'),
      onOk: () => {
        asked.current = false;
        blocker.proceed();
      },
      onCancel: () => {
        asked.current = false;
        blocker.reset();
      },
    });
  }, [blocker, modal, t]);
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!active()) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
  return null;
}

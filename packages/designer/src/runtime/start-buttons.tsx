/**
 * @module "New credit application" from a customer's page: a record of a form that points at this
 * one, started with its reference filled (the new page fills the rest it can: src/runtime/prefill.ts).
 * In the record page's header as one menu, and on each related table.
 */
import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import { inSentence } from '@heng/engine';
import { Button, Dropdown } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useLang } from '../i18n/use-lang.js';
import { ambiguous } from './links.js';
import type { Link } from './links.js';
import { newRecordPath } from './paths.js';

/** What starting a record through a link is called, and where it goes from record `recordId`. */
function useStart(recordId: string): { readonly label: (link: Link) => string; readonly go: (link: Link) => void } {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { appId = '' } = useParams();
  const label = useCallback(
    (link: Link) => t(ambiguous(link) ? 'runtime.related.startVia' : 'runtime.related.start', { form: inSentence(link.form.name)[lang], field: link.via.label[lang] }),
    [t, lang],
  );
  const go = useCallback((link: Link) => void navigate(newRecordPath(appId, link.form.id, 'new', { [link.via.id]: recordId })), [navigate, appId, recordId]);
  return { label, go };
}

/** A related table's "New …" button. */
export function StartButton({ link, recordId }: { readonly link: Link; readonly recordId: string }) {
  const { label, go } = useStart(recordId);
  return (
    <Button size="small" icon={<PlusOutlined />} onClick={() => go(link)} data-start={`${link.form.id}.${link.via.id}`}>
      {label(link)}
    </Button>
  );
}

/** The record page's "New related record" menu: one item per link the user may start from it (nothing when none). */
export function StartMenu({ links, recordId }: { readonly links: readonly Link[]; readonly recordId: string }) {
  const { t } = useTranslation();
  const { label, go } = useStart(recordId);
  if (links.length === 0) return null;
  const key = (link: Link) => `${link.form.id}.${link.via.id}`;
  const items = links.map((link) => ({ key: key(link), label: label(link), onClick: () => go(link) }));
  return (
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button icon={<PlusOutlined />} data-testid="record-start">
        {t('runtime.record.start')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}

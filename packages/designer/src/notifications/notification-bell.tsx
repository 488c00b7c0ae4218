/** @module The bell in the header: my unread notices counted, and a drawer listing them (newest first) with where each leads, those whose work is done tagged handled. */
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Empty, List, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client.js';
import { formatDateTime } from '../format/date.js';
import { useLang } from '../i18n/use-lang.js';
import { linkTarget } from './links.js';

interface Notice {
  readonly id: string;
  readonly title: { readonly 'zh-CN': string; readonly en: string } | null;
  readonly message: { readonly 'zh-CN': string; readonly en: string };
  readonly link: string | null;
  readonly readAt: string | null;
  /** When the work it asked for was done (an approval decided by anyone): it is read too. */
  readonly handledAt: string | null;
  readonly createdAt: string;
}

interface Page {
  readonly items: readonly Notice[];
  readonly unread: number;
}

/** How often the count is refreshed while the page is open. */
const REFRESH_MS = 60_000;

/** The bell of the signed-in user, in the app `appId`. */
export function NotificationBell({ appId }: { readonly appId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState<Page>({ items: [], unread: 0 });
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    try {
      setPage(await api.call<Page>('GET', '/api/notifications?limit=50'));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, []);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const openNotice = async (n: Notice) => {
    if (n.readAt === null) await api.call('POST', `/api/notifications/${encodeURIComponent(n.id)}/read`).catch(() => undefined);
    const to = linkTarget(appId, n.link);
    setOpen(false);
    void load();
    if (to !== undefined && 'path' in to) void navigate(to.path);
    else if (to !== undefined) window.open(to.href, '_blank', 'noopener');
  };

  const readAll = async () => {
    await api.call('POST', '/api/notifications/read-all').catch(() => undefined);
    void load();
  };

  return (
    <>
      <Badge count={page.unread} size="small" data-testid="notification-count">
        <Button type="text" icon={<BellOutlined />} aria-label={t('notifications.open', { count: page.unread })} onClick={() => { setOpen(true); void load(); }} />
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('notifications.title')}
        extra={<Button size="small" disabled={page.unread === 0} onClick={() => void readAll()}>{t('notifications.readAll')}</Button>}
        data-testid="notifications"
      >
        {failed && <Typography.Text type="danger">{t('notifications.failed')}</Typography.Text>}
        {page.items.length === 0 ? (
          <Empty description={t('notifications.empty')} />
        ) : (
          <List<Notice>
            dataSource={[...page.items]}
            renderItem={(n) => (
              <List.Item onClick={() => void openNotice(n)} style={{ cursor: 'pointer', opacity: n.readAt === null ? 1 : 0.6 }} data-testid="notification">
                <List.Item.Meta
                  title={
                    <>
                      <Typography.Text strong={n.readAt === null}>{n.title?.[lang] ?? t('notifications.untitled')}</Typography.Text>
                      {n.handledAt !== null && <Tag style={{ marginInlineStart: 8 }} data-testid="notification-handled">{t('notifications.handled')}</Tag>}
                    </>
                  }
                  description={<><div>{n.message[lang]}</div><Typography.Text type="secondary">{formatDateTime(n.createdAt, lang)}</Typography.Text></>}
                />
              </List.Item>
            )}
          />
        )}
      </Drawer>
    </>
  );
}

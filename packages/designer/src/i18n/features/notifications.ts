/** @module The notifications drawer's messages in both languages. */
import type { Strings } from '../types.js';

export const notificationsEn = {
  title: 'Notifications',
  open_one: 'Notifications: {{count}} unread',
  open_other: 'Notifications: {{count}} unread',
  readAll: 'Mark all read',
  empty: 'No notifications yet.',
  failed: 'The notifications could not be loaded; they are tried again every minute.',
  untitled: 'Notice',
  handled: 'Handled',
};

export const notificationsZh: Strings<typeof notificationsEn> = {
  title: '消息通知',
  open_one: '消息通知：{{count}} 条未读',
  open_other: '消息通知：{{count}} 条未读',
  readAll: '全部标为已读',
  empty: '暂无消息。',
  failed: '消息加载失败，每分钟会自动重试。',
  untitled: '通知',
  handled: '已处理',
};

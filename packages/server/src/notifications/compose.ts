/** @module What a notification says outside the app: the email and the webhook event, made when it is notified. */
import type { LocalizedText } from '@heng/engine';
import type { FieldProblem } from '../http/app-error.js';
import type { EmailBody, NotificationInput, WebhookEvent } from './types.js';

const TOPIC = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;
const MAX_TEXT = 4000;

function textProblems(text: LocalizedText | undefined, path: string, max: number): FieldProblem[] {
  if (text === undefined) return [];
  return (['zh-CN', 'en'] as const).flatMap((lang) => {
    const value: unknown = (text as unknown as Record<string, unknown>)[lang];
    return typeof value === 'string' && value.trim() !== '' && value.length <= max
      ? []
      : [{ path: `${path}/${lang}`, code: 'notification.text', message: `Give the ${lang} text (1 to ${max} characters).`, messageZh: `请填写 ${lang} 文本（1 到 ${max} 个字符）。` }];
  });
}

/**
 * Every problem with a notification, none when it can be sent.
 *
 * @example
 * notificationProblems({ topic: 'Overdue', to: [], message }) // [{ path: '/topic', ... }]
 */
export function notificationProblems(input: NotificationInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!TOPIC.test(input.topic) || input.topic.length > 100) {
    problems.push({ path: '/topic', code: 'notification.topic', message: `Topic "${input.topic}" must be dotted lower-case words, such as approval.task.`, messageZh: `主题 "${input.topic}" 应为以点分隔的小写单词，例如 approval.task。` });
  }
  input.to.forEach((id, i) => {
    if (typeof id !== 'string' || id === '') problems.push({ path: `/to/${i}`, code: 'notification.recipient', message: 'A recipient must be a user id.', messageZh: '收件人应为用户 ID。' });
  });
  problems.push(...textProblems(input.message, '/message', MAX_TEXT), ...textProblems(input.title, '/title', 200));
  if (input.link !== undefined && (input.link.length > 2000 || !/^(\/(?!\/)|https?:\/\/)/.test(input.link))) {
    problems.push({ path: '/link', code: 'notification.link', message: 'A link must be a path in the app (/records/…) or an http(s) URL.', messageZh: '链接应为应用内路径（/records/…）或 http(s) 网址。' });
  }
  return problems;
}

const both = (t: LocalizedText): string => (t['zh-CN'] === t.en ? t.en : `${t['zh-CN']} / ${t.en}`);

/** The email one recipient gets: Chinese first, then English (users have no language setting yet). */
export function composeEmail(input: NotificationInput, notificationId: string): EmailBody {
  const firstLine = input.message['zh-CN'].split('\n')[0] ?? '';
  const subject = input.title === undefined ? (firstLine.length > 80 ? `${firstLine.slice(0, 79)}…` : firstLine) : both(input.title);
  return { notificationId, subject, text: `${input.message['zh-CN']}\n\n${input.message.en}`, link: input.link ?? null };
}

/** The JSON every webhook endpoint gets for one notification. */
export function composeEvent(input: NotificationInput, eventId: string, tenantId: string, recipients: readonly string[], now: Date): WebhookEvent {
  return {
    id: eventId,
    topic: input.topic,
    tenantId,
    createdAt: now.toISOString(),
    recipients,
    title: input.title ?? null,
    message: input.message,
    link: input.link ?? null,
    data: input.data ?? {},
  };
}

/** @module Notifications: in-app always, email and webhooks as configured, written to an outbox and delivered by jobs. */
export { composeEmail, composeEvent, notificationProblems } from './compose.js';
export { deliveryHandler } from './deliver.js';
export type { ChannelSender, DeliveryRow, Prepared } from './deliver.js';
export { emailDelivery, loadMailConfig, smtpMailer } from './email.js';
export type { MailConfig, MailMessage, Mailer } from './email.js';
export { countUnread, listNotifications, markAllRead, markRead } from './inbox.js';
export type { InboxOptions } from './inbox.js';
export { EMAIL_OFF, notify, sendEmails } from './notify.js';
export type { NotifyResult } from './notify.js';
export { reminderHandler } from './remind.js';
export { notificationRoutes } from './routes.js';
export type { NotificationRoutesOptions } from './routes.js';
export { CHANNELS, DELIVERY_STATUSES } from './types.js';
export type { Channel, DeliveryJob, DeliveryStatus, EmailBody, Notification, NotificationInput, ReminderJob, WebhookEvent } from './types.js';
export { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, postWebhook, signWebhook, verifyWebhook, webhookDelivery } from './webhook-send.js';
export type { WebhookRequest } from './webhook-send.js';
export { deleteWebhook, listWebhooks, newWebhookSecret, upsertWebhook, webhookUrlProblems } from './webhooks.js';
export type { Webhook, WebhookSpec } from './webhooks.js';

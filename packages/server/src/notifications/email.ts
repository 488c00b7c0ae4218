/** @module Email over SMTP (nodemailer), configured from the environment; without it, emails are skipped and recorded. */
import { createTransport } from 'nodemailer';
import { ConfigError } from '../config.js';
import { PermanentJobError } from '../jobs/errors.js';
import type { JobHandler } from '../jobs/types.js';
import { deliveryHandler } from './deliver.js';
import { EMAIL_OFF } from './notify.js';
import type { DeliveryJob, EmailBody } from './types.js';

/** Where and how email is sent. */
export interface MailConfig {
  /** `smtp://user:pass@host:587` or `smtps://user:pass@host:465` (`HENG_SMTP_URL`). */
  readonly url: string;
  /** The sender, e.g. `Heng <noreply@example.com>` (`HENG_SMTP_FROM`). */
  readonly from: string;
  /** The app's address, to make in-app links absolute in emails (`HENG_PUBLIC_URL`). */
  readonly appUrl?: string;
}

/**
 * The mail settings of an environment; undefined when `HENG_SMTP_URL` is not set (email is
 * then skipped). Throws a ConfigError listing every bad setting.
 *
 * @example
 * const mail = loadMailConfig(process.env);
 */
export function loadMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig | undefined {
  const url = env.HENG_SMTP_URL ?? '';
  const appUrl = env.HENG_PUBLIC_URL ?? '';
  const problems: string[] = [];
  if (appUrl !== '' && !/^https?:\/\/[^/]/.test(appUrl)) problems.push('HENG_PUBLIC_URL must be an http(s) URL, such as https://heng.example.com.');
  if (url === '') {
    if (problems.length > 0) throw new ConfigError(problems);
    return undefined;
  }
  if (!/^smtps?:\/\/[^/]/.test(url)) problems.push('HENG_SMTP_URL must start with smtp:// or smtps://, such as smtps://user:password@smtp.example.com:465.');
  const from = env.HENG_SMTP_FROM ?? '';
  if (!/^[^@\s<>]+@[^@\s<>]+$|<[^@\s<>]+@[^@\s<>]+>$/.test(from)) problems.push('HENG_SMTP_FROM must be the sender address, such as "Heng <noreply@example.com>", when HENG_SMTP_URL is set.');
  if (problems.length > 0) throw new ConfigError(problems);
  return { url, from, ...(appUrl === '' ? {} : { appUrl: appUrl.replace(/\/+$/, '') }) };
}

/** One email to send. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** Sent as the Message-ID, stable across retries, so a repeat can be recognised. */
  readonly messageId: string;
}

/** What sends email; returns the server's answer, to record. */
export interface Mailer {
  send(message: MailMessage): Promise<string>;
}

/**
 * A Mailer over SMTP. A 5xx answer (mailbox unknown, refused) fails for good; other errors
 * (4xx, network, timeouts) are retried by the job queue.
 *
 * @example
 * const mailer = smtpMailer(loadMailConfig()!);
 */
export function smtpMailer(config: MailConfig, timeouts: { connectMs?: number; socketMs?: number } = {}): Mailer {
  const transport = createTransport(
    { url: config.url, connectionTimeout: timeouts.connectMs ?? 10_000, greetingTimeout: timeouts.connectMs ?? 10_000, socketTimeout: timeouts.socketMs ?? 30_000 },
    { from: config.from },
  );
  return {
    send: async (m) => {
      try {
        const info = await transport.sendMail({ to: m.to, subject: m.subject, text: m.text, messageId: m.messageId });
        return String(info.response ?? 'sent');
      } catch (error) {
        const code = (error as { responseCode?: unknown }).responseCode;
        if (typeof code === 'number' && code >= 500) throw new PermanentJobError(`The mail server refused the email (${code}): ${(error as Error).message}`);
        throw error;
      }
    },
  };
}

function withAppUrl(body: EmailBody, appUrl: string | undefined): string {
  if (body.link === null) return body.text;
  const link = body.link.startsWith('/') && appUrl !== undefined ? `${appUrl}${body.link}` : body.link;
  return `${body.text}\n\n${link}`;
}

/**
 * The job handler that sends one outbox email. Without a mailer (SMTP not configured) the
 * delivery is recorded as skipped.
 *
 * @example
 * const handler = emailDelivery({ mailer: mail && smtpMailer(mail), mail });
 */
export function emailDelivery(deps: { readonly mailer: Mailer | undefined; readonly mail?: MailConfig | undefined }): JobHandler<DeliveryJob> {
  const { mailer } = deps;
  return deliveryHandler<{ to: string }>({
    channel: 'email',
    prepare: async (tx, delivery) => {
      if (mailer === undefined) return { skip: EMAIL_OFF };
      const [user] = await tx.query<{ email: string; active: boolean }>('SELECT email, active FROM users WHERE tenant_id = $1 AND id = $2', [delivery.tenant_id, delivery.target]);
      if (user === undefined || !user.active) return { skip: `User ${delivery.target} no longer exists or is inactive.` };
      return { send: { to: user.email } };
    },
    send: async (target, delivery) => {
      const body = delivery.body as EmailBody;
      const domain = (deps.mail?.from.match(/@([^@\s<>]+)>?$/)?.[1]) ?? 'heng.local';
      return mailer!.send({ to: target.to, subject: body.subject, text: withAppUrl(body, deps.mail?.appUrl), messageId: `<${delivery.id}@${domain}>` });
    },
  });
}

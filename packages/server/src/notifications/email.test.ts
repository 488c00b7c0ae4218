import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../config.js';
import { PermanentJobError } from '../jobs/errors.js';
import { createJobHandlers } from '../jobs/registry.js';
import { backends, fakeTimers, tenantWithUsers } from '../jobs/test-backends.js';
import type { OpenBackend } from '../jobs/test-backends.js';
import { Worker } from '../jobs/worker.js';
import { manualClock } from '../test-support/manual-clock.js';
import { loadMailConfig, smtpMailer } from './email.js';
import type { MailMessage, Mailer } from './email.js';
import { EMAIL_OFF, notify, sendEmails } from './notify.js';

/** Just enough of an SMTP server on 127.0.0.1 to take mail, answering RCPT TO with `rcpt`. */
async function smtpStub(rcpt: () => string) {
  const messages: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    socket.write('220 stub ESMTP\r\n');
    let buffer = '';
    let data: string | undefined;
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data !== undefined) {
          if (line === '.') {
            messages.push(data);
            data = undefined;
            socket.write('250 OK queued as stub-1\r\n');
          } else data += `${line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'DATA') {
          data = '';
          socket.write('354 go on\r\n');
        } else if (verb === 'RCPT') socket.write(`${rcpt()}\r\n`);
        else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 OK\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`,
    messages,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

describe('loadMailConfig', () => {
  it('is undefined without HENG_SMTP_URL, and reads the settings with it', () => {
    expect(loadMailConfig({})).toBeUndefined();
    expect(loadMailConfig({ HENG_SMTP_URL: 'smtps://u:p@smtp.example.com:465', HENG_SMTP_FROM: 'Heng <noreply@example.com>', HENG_PUBLIC_URL: 'https://heng.example.com/' })).toEqual({
      url: 'smtps://u:p@smtp.example.com:465', from: 'Heng <noreply@example.com>', appUrl: 'https://heng.example.com',
    });
  });

  it('lists every bad setting at once', () => {
    const error: unknown = (() => {
      try {
        return loadMailConfig({ HENG_SMTP_URL: 'http://smtp.example.com', HENG_SMTP_FROM: 'nobody', HENG_PUBLIC_URL: 'heng.example.com' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.split(' ')[0])).toEqual(['HENG_PUBLIC_URL', 'HENG_SMTP_URL', 'HENG_SMTP_FROM']);
  });
});

describe('smtpMailer', () => {
  let answer = '250 OK';
  let stub: Awaited<ReturnType<typeof smtpStub>>;
  beforeAll(async () => {
    stub = await smtpStub(() => answer);
  });
  afterAll(() => stub.close());

  const message: MailMessage = { to: 'ann@example.cn', subject: '逾期提醒', text: '客户甲已逾期。', messageId: '<d1@example.com>' };

  it('sends over SMTP and returns the server’s answer', async () => {
    answer = '250 OK';
    const mailer = smtpMailer({ url: stub.url, from: 'Heng <noreply@example.com>' });
    expect(await mailer.send(message)).toMatch(/^250 OK queued as stub-1/);
    const sent = stub.messages.at(-1)!;
    expect(sent).toMatch(/^To: ann@example\.cn$/m);
    expect(sent).toMatch(/^From: Heng <noreply@example\.com>$/m);
    expect(sent).toMatch(/^Message-ID: <d1@example\.com>$/m);
    expect(sent).toMatch(/^Subject: =\?UTF-8\?/m);
  });

  it('fails for good on a 5xx answer, and for a retry on a 4xx', async () => {
    const mailer = smtpMailer({ url: stub.url, from: 'noreply@example.com' });
    answer = '550 No such mailbox';
    await expect(mailer.send(message)).rejects.toBeInstanceOf(PermanentJobError);
    answer = '451 Try again later';
    const error: unknown = await mailer.send(message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(PermanentJobError);
  });
});

describe.each(backends)('email delivery on $name', (backend) => {
  let b: OpenBackend;
  beforeAll(async () => {
    b = await backend.open();
    sendEmails(true);
  });
  afterAll(async () => {
    sendEmails(false);
    await b.dispose();
  });
  afterEach(() => b.db.exec("DELETE FROM jobs WHERE status IN ('queued', 'failed', 'running')"));

  const clock = manualClock('2025-03-01T08:00:00.000Z');
  const input = (to: string[]) => ({ topic: 'overdue.alert', to, message: { 'zh-CN': '客户甲已逾期。', en: 'Customer A is overdue.' }, link: '/records/r1' });
  async function emailed(n = 1) {
    const { tenantId, userIds } = await tenantWithUsers(b.db, n);
    await b.db.withTenant(tenantId, (tx) => notify(tx, tenantId, input(userIds), clock.now()));
    const deliveries = () => b.db.query<{ target: string; status: string; detail: string; attempts: number }>('SELECT target, status, detail, attempts FROM notification_deliveries WHERE tenant_id = $1 ORDER BY target', [tenantId]);
    return { tenantId, userIds, deliveries };
  }
  const run = async (mailer?: Mailer) => {
    const handlers = createJobHandlers({ db: b.db, clock, ...(mailer === undefined ? {} : { mailer, mail: { url: 'smtp://unused', from: 'Heng <noreply@heng.example>', appUrl: 'https://heng.example' } }) });
    return (await new Worker({ db: b.db, clock, timers: fakeTimers(), handlers }).runOnce()).map((o) => o.result);
  };

  it('skips email and records why when it was queued and the worker has no SMTP', async () => {
    const { deliveries } = await emailed();
    expect(await run()).toEqual(['succeeded']);
    expect(await deliveries()).toEqual([{ target: expect.any(String), status: 'skipped', detail: EMAIL_OFF, attempts: 1 }]);
  });

  it('sends each recipient their email, with the in-app link made absolute, once', async () => {
    const sent: MailMessage[] = [];
    const mailer: Mailer = { send: async (m) => (sent.push(m), '250 OK') };
    const { userIds, deliveries, tenantId } = await emailed(2);
    await b.db.query('UPDATE users SET active = false WHERE tenant_id = $1 AND id = $2', [tenantId, userIds[1]!]);
    expect((await run(mailer)).sort()).toEqual(['succeeded', 'succeeded']);
    const [ann] = await b.db.query<{ email: string }>('SELECT email FROM users WHERE tenant_id = $1 AND id = $2', [tenantId, userIds[0]!]);
    expect(sent).toEqual([
      { to: ann!.email, subject: '客户甲已逾期。', text: '客户甲已逾期。\n\nCustomer A is overdue.\n\nhttps://heng.example/records/r1', messageId: expect.stringMatching(/^<[0-9a-f-]{36}@heng\.example>$/) },
    ]);
    const rows = new Map((await deliveries()).map((d) => [d.target, d]));
    expect(rows.get(userIds[0]!)).toMatchObject({ status: 'sent', detail: '250 OK' });
    expect(rows.get(userIds[1]!)).toMatchObject({ status: 'skipped', detail: `User ${userIds[1]} no longer exists or is inactive.` });
    expect(await run(mailer)).toEqual([]);
    expect(sent).toHaveLength(1);
  });

  it('records a refused email as failed and sends its job to the dead letters', async () => {
    const { deliveries } = await emailed();
    const mailer: Mailer = { send: async () => { throw new PermanentJobError('The mail server refused the email (550): no such mailbox'); } };
    expect(await run(mailer)).toEqual(['dead']);
    expect(await deliveries()).toEqual([{ target: expect.any(String), status: 'failed', detail: 'The mail server refused the email (550): no such mailbox', attempts: 1 }]);
  });
});

import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AssessmentNotification } from '@asc-assure/lifecycle';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { combineNotifiers, createLogNotifier, createSmtpNotifier, createWebhookNotifier } from './notifiers.js';

const notification = {
  key: 'glos-2024:information-return:2024-04-08:reminder-5',
  kind: 'reminder',
  deadlineId: 'information-return',
  dueDate: '2024-04-08',
  sendOn: '2024-03-28',
  offsetWorkingDays: 5,
  assessmentId: 'glos-2024',
  councilId: 'gloucestershire',
  councilName: 'Gloucestershire County Council',
  subject: 'Reminder: Information Return due Monday 8 April 2024 (5 working days left) – Gloucestershire County Council',
  body: 'Information Return due: Monday 8 April 2024.',
} as unknown as AssessmentNotification;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function startSmtpServer(): Promise<{ port: number; messages: { to: string[]; raw: string }[] }> {
  const messages: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        // Unfold long headers (RFC 5322 section 2.2.3), as a mail reader does.
        messages.push({ to: session.envelope.rcptTo.map((address) => address.address), raw: raw.replace(/\r\n[ \t]+/g, ' ') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port: (server.server.address() as AddressInfo).port, messages };
}

async function startHttpServer(status: number): Promise<{ url: string; requests: { headers: IncomingMessage['headers']; body: string }[] }> {
  const requests: { headers: IncomingMessage['headers']; body: string }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      requests.push({ headers: request.headers, body });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/cqc`, requests };
}

describe('notifiers', () => {
  it('the log notifier writes one line naming the deadline', async () => {
    const lines: string[] = [];
    await createLogNotifier((line) => lines.push(line)).notify(notification);
    expect(lines).toEqual([`2024-03-28 REMINDER ${notification.subject}`]);
  });

  it('the SMTP notifier sends a plain-text email whose Message-ID follows from the key, to a real SMTP server', async () => {
    const smtp = await startSmtpServer();
    const notifier = createSmtpNotifier({ url: `smtp://127.0.0.1:${smtp.port}`, from: 'assurance@example.gov.uk', to: ['lead@example.gov.uk'] });
    closers.push(() => Promise.resolve(notifier.close()));
    await notifier.notify(notification);
    await notifier.notify(notification);
    expect(smtp.messages).toHaveLength(2);
    const [first, second] = smtp.messages;
    expect(first!.to).toEqual(['lead@example.gov.uk']);
    // The subject has an en dash, so it travels RFC 2047-encoded.
    expect(first!.raw).toMatch(/^Subject: =\?UTF-8\?Q\?Reminder=3A_Information_Return_due_Monda/m);
    expect(first!.raw).toContain('Information Return due: Monday 8 April 2024.');
    expect(first!.raw).toContain(`X-Asc-Assure-Notification-Key: ${notification.key}`);
    const messageId = (raw: string) => /^Message-ID: (.+)$/im.exec(raw)?.[1];
    expect(messageId(first!.raw)).toMatch(/^<[0-9a-f]{32}@asc-assure\.invalid>/);
    expect(messageId(second!.raw)).toBe(messageId(first!.raw));
  });

  it('the webhook notifier posts JSON with the idempotency key and an HMAC signature', async () => {
    const hook = await startHttpServer(204);
    await createWebhookNotifier({ url: hook.url, secret: 'shared-secret' }).notify(notification);
    const [request] = hook.requests;
    expect(request!.headers['idempotency-key']).toBe(notification.key);
    expect(JSON.parse(request!.body)).toEqual({ type: 'asc-assure.notification', notification });
    const expected = `sha256=${createHmac('sha256', 'shared-secret').update(request!.body).digest('hex')}`;
    expect(request!.headers['x-asc-assure-signature']).toBe(expected);
  });

  it('a webhook that answers with an error fails the delivery, so the engine tries again', async () => {
    const hook = await startHttpServer(503);
    await expect(createWebhookNotifier({ url: hook.url }).notify(notification)).rejects.toThrow(/answered 503/);
  });

  it('combined notifiers deliver through each in turn', async () => {
    const first: string[] = [];
    const second: string[] = [];
    await combineNotifiers(createLogNotifier((line) => first.push(line)), createLogNotifier((line) => second.push(line))).notify(notification);
    expect(first).toHaveLength(1);
    expect(second).toEqual(first);
  });
});

import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { to: string; subject: string; text: string; html: string; link: string | null };

/**
 * A real SMTP server (on a random port unless given one); the app's mailer delivers to it
 * through SMTP_URL, and tests read the parsed messages (and the link in them). The browser
 * tests' fake services (e2e/support/fake-services.ts) run the same one.
 */
export async function startSmtpServer(port = 0) {
  const inbox: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const text = mail.text ?? '';
          const to = Array.isArray(mail.to) ? mail.to[0]!.text : (mail.to?.text ?? '');
          inbox.push({ to, subject: mail.subject ?? '', text, html: String(mail.html || ''), link: text.match(/https?:\/\/\S+/)?.[0] ?? null });
          for (const wake of waiters) wake();
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;

  const mailTo = (to: string) => inbox.filter((m) => m.to === to);
  return {
    url,
    inbox,
    mailTo,
    /** Resolves with the n-th message to this address once it has arrived. */
    waitForMail(to: string, n = 1): Promise<ReceivedMail> {
      return new Promise((resolve) => {
        const check = () => {
          const found = mailTo(to)[n - 1];
          if (found) {
            waiters.delete(check);
            resolve(found);
          }
        };
        waiters.add(check);
        check();
      });
    },
    clear: () => inbox.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The token at the end of a mailed link (…/reset-password/<token>). */
export const tokenOf = (mail: ReceivedMail) => mail.link!.split('/').pop()!;

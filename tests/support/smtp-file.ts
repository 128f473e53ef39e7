import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startSmtpServer } from './smtp';

type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;

/**
 * One SMTP server for the tests of a file (call at its top level): started before them with
 * SMTP_URL pointing the app's mailer at it, emptied before each test, stopped after all.
 */
export function smtpServerForFile(): Omit<SmtpServer, 'close'> {
  let server: SmtpServer | undefined;
  const current = () => {
    if (!server) throw new Error('the SMTP server starts in beforeAll: use it inside a test');
    return server;
  };
  beforeAll(async () => {
    server = await startSmtpServer();
    process.env.SMTP_URL = server.url;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await server?.close();
  });
  beforeEach(() => server?.clear());
  return {
    get url() {
      return current().url;
    },
    get inbox() {
      return current().inbox;
    },
    mailTo: (to) => current().mailTo(to),
    waitForMail: (to, n) => current().waitForMail(to, n),
    clear: () => current().clear(),
  };
}

import { beforeEach } from 'vitest';
import { hooked } from './hooked';
import { startSmtpServer } from './smtp';

type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;

/**
 * One SMTP server for the tests of a file (call at its top level): started before them with
 * SMTP_URL pointing the app's mailer at it, emptied before each test, stopped after all.
 */
export function smtpServerForFile(): Omit<SmtpServer, 'close'> {
  const current = hooked(
    'all',
    async () => {
      const server = await startSmtpServer();
      process.env.SMTP_URL = server.url;
      return server;
    },
    async (server) => {
      delete process.env.SMTP_URL;
      await server.close();
    },
  );
  beforeEach(() => current().clear());
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

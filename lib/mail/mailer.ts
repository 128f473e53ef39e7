import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { processSingleton } from '@/lib/core/process-singleton';
import { env } from '@/lib/env';

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The action link in the message; printed to the log when there is no SMTP server. */
  link?: string;
};

export type Mailer = { send(message: MailMessage): Promise<void> };

const from = () => env().MAIL_FROM;

/** Real delivery through the SMTP server in SMTP_URL (smtp:// or smtps://, credentials in the URL). */
export function smtpMailer(url: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send({ to, subject, text, html }) {
      await transport.sendMail({ from: from(), to, subject, text, html });
    },
  };
}

/**
 * Without SMTP (a fresh development machine) each message is written as an .eml file to
 * MAIL_DIR and the link is logged, so every flow can be followed by hand. Production logs
 * only the file name: a link is a secret.
 */
export function outboxMailer(dir: string): Mailer {
  const transport: Transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send({ to, subject, text, html, link }) {
      const info = await transport.sendMail({ from: from(), to, subject, text, html });
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`);
      await writeFile(file, info.message as Buffer);
      const shown = env().NODE_ENV === 'production' || !link ? '' : ` ${link}`;
      console.log(`> mail "${subject}" written to ${file}${shown}`);
    },
  };
}

const slot = processSingleton('mailer', () => ({ current: undefined as { config: string; mailer: Mailer } | undefined }));

/** The process's mailer, rebuilt when SMTP_URL or MAIL_DIR changes (tests point it at their own server). */
export function getMailer(): Mailer {
  const { SMTP_URL: url, MAIL_DIR } = env();
  const dir = MAIL_DIR ?? path.join(process.cwd(), '.data', 'mail');
  const config = url ? `smtp:${url}` : `dir:${dir}`;
  if (slot.current?.config !== config) slot.current = { config, mailer: url ? smtpMailer(url) : outboxMailer(dir) };
  return slot.current.mailer;
}

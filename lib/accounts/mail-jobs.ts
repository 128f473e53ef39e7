import { getDb } from '@/db/client';
import { runInBackground } from '@/lib/core/background';
import { getMailer } from '@/lib/mail/mailer';
import { sendVerificationMail } from './email-verification';

/** After sign-up or an email change: the answer does not wait for the SMTP server. */
export const mailVerificationLater = (userId: number, origin: string) =>
  runInBackground('verification mail', () => sendVerificationMail(getDb(), getMailer(), { userId, origin }));

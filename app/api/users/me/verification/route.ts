import { sendVerificationMail } from '@/lib/accounts/email-verification';
import { resendVerificationEndpoint } from '@/lib/accounts/endpoints';
import { processMailThrottle } from '@/lib/accounts/mail-throttle';
import { handle } from '@/lib/http/handler';
import { publicOrigin } from '@/lib/http/origin';
import { json } from '@/lib/http/responses';
import { getMailer } from '@/lib/mail/mailer';

export const POST = handle(resendVerificationEndpoint, async ({ db, req, actor }) => {
  await (await processMailThrottle()).verification(actor.user.id);
  await sendVerificationMail(db, getMailer(), { userId: actor.user.id, origin: publicOrigin(req) });
  return json({ message: `${actor.user.email}으로 인증 메일을 보냈습니다.` }, 202);
});

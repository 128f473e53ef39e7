import { requestPasswordResetEndpoint } from '@/lib/accounts/endpoints';
import { processMailThrottle } from '@/lib/accounts/mail-throttle';
import { sendPasswordResetMail } from '@/lib/accounts/password-reset';
import { clientIp } from '@/lib/auth/actor';
import { runInBackground } from '@/lib/core/background';
import { handle } from '@/lib/http/handler';
import { publicOrigin } from '@/lib/http/origin';
import { json } from '@/lib/http/responses';
import { getMailer } from '@/lib/mail/mailer';

const ACCEPTED = { message: '가입된 이메일이라면 비밀번호 재설정 링크를 보냈습니다. 메일함을 확인해 주세요.' };

/** The same 202, after the same work, whether or not the address has an account: the lookup and mail run afterwards. */
export const POST = handle(requestPasswordResetEndpoint, async ({ db, req, body }) => {
  await (await processMailThrottle()).passwordReset(body.email, clientIp(req.headers));
  const origin = publicOrigin(req);
  runInBackground('password reset mail', () => sendPasswordResetMail(db, getMailer(), { email: body.email, origin }));
  return json(ACCEPTED, 202);
});

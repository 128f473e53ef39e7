/**
 * Stand-ins for the outside world in browser tests, run by playwright.config.ts:
 * - Kakao's authorize page, token and user-info endpoints (the app's KAKAO_*_URL point here).
 *   The authorize page asks which Kakao user is logging in, so a test chooses the identity.
 * - An SMTP server the app delivers to (SMTP_URL), with GET /mail/wait to read what arrived.
 * - A Web Push service (the app's WEB_PUSH_ALLOWED_ORIGINS is this origin): POST /push/<id>
 *   answers 201 and keeps the encrypted body; GET /push-log?path=/push/<id> lists them (base64),
 *   for the test holding that subscription's keys to decrypt.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { startSmtpServer } from '../../tests/support/smtp';

const httpPort = Number(process.env.FAKE_HTTP_PORT);
const smtpPort = Number(process.env.FAKE_SMTP_PORT);
const clientId = process.env.KAKAO_CLIENT_ID;
const clientSecret = process.env.KAKAO_CLIENT_SECRET;

const smtp = await startSmtpServer(smtpPort);

type KakaoUser = { id: number; nickname: string; email: string; verified: boolean };
const codes = new Map<string, KakaoUser>();
const accessTokens = new Map<string, KakaoUser>();

const pushes = new Map<string, { headers: Record<string, unknown>; body: string }[]>();

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function authorizePage(query: URLSearchParams) {
  const hidden = ['redirect_uri', 'state', 'client_id']
    .map((name) => `<input type="hidden" name="${name}" value="${escape(query.get(name) ?? '')}">`)
    .join('');
  return `<!doctype html><html lang="ko"><head><meta name="viewport" content="width=device-width"><title>카카오계정 (테스트)</title></head>
<body style="font-family:sans-serif;max-width:360px;margin:24px auto;padding:0 16px">
<h1>카카오계정으로 로그인 (테스트용 가짜)</h1>
<form method="post" action="/oauth/authorize">${hidden}
<p><label>카카오 회원번호 <input name="id" required inputmode="numeric"></label></p>
<p><label>닉네임 <input name="nickname"></label></p>
<p><label>이메일 <input name="email" type="email"></label></p>
<p><label><input type="checkbox" name="verified" value="1" checked> 카카오에서 인증된 이메일</label></p>
<button type="submit">동의하고 계속하기</button>
</form></body></html>`;
}

async function readForm(req: IncomingMessage) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

const send = (res: ServerResponse, status: number, body: unknown, type = 'application/json') => {
  res.writeHead(status, { 'content-type': type });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

const http = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${httpPort}`);
  if (url.pathname === '/health') return send(res, 200, { ok: true });
  if (url.pathname === '/oauth/authorize' && req.method === 'GET') {
    if (url.searchParams.get('client_id') !== clientId) return send(res, 400, 'unknown client', 'text/plain');
    return send(res, 200, authorizePage(url.searchParams), 'text/html; charset=utf-8');
  }
  if (url.pathname === '/oauth/authorize' && req.method === 'POST') {
    const form = await readForm(req);
    const code = randomBytes(16).toString('hex');
    codes.set(code, {
      id: Number(form.get('id')),
      nickname: form.get('nickname') ?? '',
      email: form.get('email') ?? '',
      verified: form.get('verified') === '1',
    });
    const back = new URL(form.get('redirect_uri')!);
    back.searchParams.set('code', code);
    back.searchParams.set('state', form.get('state') ?? '');
    res.writeHead(302, { location: back.toString() });
    return res.end();
  }
  if (url.pathname === '/oauth/token' && req.method === 'POST') {
    const form = await readForm(req);
    const user = codes.get(form.get('code') ?? '');
    if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret || !user) {
      return send(res, 400, { error: 'invalid_grant', error_description: 'bad code or client' });
    }
    codes.delete(form.get('code')!);
    const accessToken = randomBytes(16).toString('hex');
    accessTokens.set(accessToken, user);
    return send(res, 200, { access_token: accessToken, token_type: 'bearer', expires_in: 21599, refresh_token: 'unused', refresh_token_expires_in: 5183999 });
  }
  if (url.pathname === '/v2/user/me') {
    const user = accessTokens.get((req.headers.authorization ?? '').replace(/^Bearer /i, ''));
    if (!user) return send(res, 401, { msg: 'this access token does not exist', code: -401 });
    return send(res, 200, {
      id: user.id,
      connected_at: new Date().toISOString(),
      kakao_account: {
        profile: { nickname: user.nickname },
        ...(user.email ? { email: user.email, is_email_valid: true, is_email_verified: user.verified } : {}),
      },
    });
  }
  if (url.pathname.startsWith('/push/') && req.method === 'POST') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const list = pushes.get(url.pathname) ?? [];
    list.push({ headers: req.headers, body: Buffer.concat(chunks).toString('base64') });
    pushes.set(url.pathname, list);
    res.writeHead(201);
    return res.end();
  }
  if (url.pathname === '/push-log') return send(res, 200, pushes.get(url.searchParams.get('path') ?? '') ?? []);
  if (url.pathname === '/mail/wait') {
    const mail = await smtp.waitForMail(url.searchParams.get('to') ?? '', Number(url.searchParams.get('n') ?? 1));
    return send(res, 200, mail);
  }
  send(res, 404, { error: 'not found' });
});

http.listen(httpPort, '127.0.0.1', () => console.log(`> fake Kakao and SMTP on ${httpPort}/${smtpPort}`));
const stop = () => {
  http.close();
  void smtp.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

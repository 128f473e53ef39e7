#!/usr/bin/env node
// A Dongne API consumer in plain Node (20+, no dependencies): a 풋살장 hosts a paid game from a
// script, gets told by webhook when a player joins and pays.
//
//   BASE_URL=http://localhost:3000 node examples/consumer.mjs
//
// What it does, with only fetch and the public API:
//  1. signs a host up (or uses HOST_EMAIL / HOST_PASSWORD of a verified account),
//  2. exchanges the password once for a personal access token with the scopes it needs,
//     and from then on uses only that token,
//  3. hosts a paid game,
//  4. registers a webhook pointing at a small receiver this script runs on 127.0.0.1
//     (the server must list 127.0.0.1 in WEBHOOK_ALLOWED_HOSTS; a real receiver is public https),
//  5. signs a second user up, who joins the game and pays in the sandbox (sandbox-authorize, then approve),
//  6. prints the webhooks it received, after checking their signatures.
//
// Hosting a paid game needs a verified email. A new account verifies by following the mailed
// link; under test, MAILBOX_URL points at the fake mail server that holds it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const NEIGHBOURHOOD = '5011058000'; // 제주시 용담2동
const WAIT_MS = Number(process.env.WEBHOOK_WAIT_MS ?? 20_000);

async function api(method, path, { token, body, headers = {} } = {}) {
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { ...(body && { 'content-type': 'application/json' }), ...(token && { authorization: `Bearer ${token}` }), ...headers },
    body: body && JSON.stringify(body),
  });
  const text = await res.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
  return data;
}

async function signUp(name) {
  const email = `${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
  const password = 'consumer-pass-1234';
  await api('POST', '/api/users', { body: { email, username: `${name}${Math.random().toString(36).slice(2, 6)}`, password, passwordConfirm: password, neighbourhoodCode: NEIGHBOURHOOD } });
  return { email, password };
}

const login = async ({ email, password }) => (await api('POST', '/api/tokens', { body: { email, password } })).accessToken;

async function verifyByMailbox(email) {
  const res = await fetch(`${process.env.MAILBOX_URL}/mail/wait?to=${encodeURIComponent(email)}&n=1`);
  const { link } = await res.json();
  await api('POST', `/api/email-verifications/${new URL(link).pathname.split('/').pop()}`);
}

/** Standard Webhooks verification, written out: HMAC-SHA256 over `id.timestamp.body` with the base64 secret. */
function verifySignature(secret, headers, body) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`).digest();
  const age = Math.abs(Date.now() / 1000 - Number(headers['webhook-timestamp']));
  return age < 300 && String(headers['webhook-signature']).split(' ').some((sig) => {
    const [version, value] = sig.split(',');
    const given = Buffer.from(value ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

function startReceiver(onMessage) {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      onMessage(req.headers, body);
      res.writeHead(204).end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// 1–2. The host account and its personal access token (the password is not used after this).
const host = process.env.HOST_EMAIL ? { email: process.env.HOST_EMAIL, password: process.env.HOST_PASSWORD } : await signUp('host');
if (!process.env.HOST_EMAIL && process.env.MAILBOX_URL) await verifyByMailbox(host.email);
const pat = await api('POST', '/api/tokens/personal', {
  token: await login(host),
  body: { name: 'consumer example', scopes: ['games:write', 'payments:read', 'webhooks:write'], expiresInDays: 1 },
});
console.log(`personal access token ${pat.prefix}… with ${pat.scopes.join(', ')}`);

// 3. A paid game three days ahead.
const startsAt = new Date(Date.now() + 72 * 3_600_000);
const game = await api('POST', '/api/games', {
  token: pat.token,
  body: {
    sport: 'futsal', title: '스크립트로 연 유료 풋살', description: 'examples/consumer.mjs', level: 'any',
    placeName: '용담 풋살장', address: '제주특별자치도 제주시 용담로 1', neighbourhoodCode: NEIGHBOURHOOD,
    startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(), minPlayers: 2, maxPlayers: 10, fee: 5000,
  },
});
console.log(`hosted game ${game.id} (${game.fee}원)`);

// 4. A webhook to a receiver on this machine.
const received = [];
let secret;
const server = await startReceiver((headers, body) => received.push({ at: Date.now(), verified: verifySignature(secret, headers, body), message: JSON.parse(body) }));
const webhook = await api('POST', '/api/webhooks', {
  token: pat.token,
  body: { url: `http://127.0.0.1:${server.address().port}/dongne`, events: ['game.player_joined', 'payment.approved'], description: 'consumer example' },
});
secret = webhook.secret;
console.log(`webhook ${webhook.id} → ${webhook.url}`);

// 5. A second user joins and pays through the sandbox checkout.
const playerToken = await login(await signUp('player'));
const joined = await api('POST', `/api/games/${game.id}/players`, { token: playerToken, body: {} });
const payment = await api('GET', `/api/payments/${joined.payment.id}`, { token: playerToken });
// The sandbox's documented checkout step: a test card gives the paymentKey to approve with.
const { paymentKey } = await api('POST', `/api/payments/${payment.id}/sandbox-authorize`, { token: playerToken, body: { cardNumber: '4242 4242 4242 4242' } });
const paidAt = Date.now();
const paid = await api('POST', `/api/payments/${payment.id}/approve`, { token: playerToken, body: { paymentKey } });
console.log(`player paid ${paid.amount}원 (payment ${paid.id}: ${paid.status}, approve answered in ${Date.now() - paidAt} ms)`);

// 6. Wait for both events, then print them.
const deadline = Date.now() + WAIT_MS;
while (received.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
server.close();
for (const { at, verified, message } of received) {
  console.log(`webhook ${message.type} (signature ${verified ? 'ok' : 'BAD'}, ${at - paidAt} ms after asking to approve): ${JSON.stringify(message.data)}`);
}
const types = received.map((r) => r.message.type).sort();
if (types.join() !== 'game.player_joined,payment.approved' || received.some((r) => !r.verified)) {
  console.error(`expected game.player_joined and payment.approved, signed; got ${JSON.stringify(types)}`);
  process.exit(1);
}
console.log('done');

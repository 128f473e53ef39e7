import { spawn } from 'node:child_process';
import { expect, test } from './support/test';
import { logIn, signUp } from './support/users';

/**
 * The API from outside: examples/consumer.mjs (plain Node and fetch) against this server —
 * sign-up, a personal access token, a paid game, a webhook to its own receiver, a second user
 * joining and paying — must print both webhooks, signed. Then the token and webhook pages.
 */
test('examples/consumer.mjs hosts a paid game by token and receives its webhooks', async ({ baseURL }) => {
  const port = Number(process.env.E2E_PORT ?? 3210) + 5;
  const run = spawn(process.execPath, ['examples/consumer.mjs'], {
    env: { ...process.env, BASE_URL: baseURL, MAILBOX_URL: `http://127.0.0.1:${port}` },
  });
  let output = '';
  run.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  run.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => run.on('exit', resolve));
  console.log(output);
  expect(code, output).toBe(0);
  expect(output).toMatch(/webhook game\.player_joined \(signature ok,/);
  expect(output).toMatch(/webhook payment\.approved \(signature ok,/);
});

test('a personal access token is created and revoked on /me/tokens, a webhook registered on /me/webhooks', async ({ page, request }) => {
  const user = await signUp(request, '토큰');
  await logIn(page, user);
  await page.goto('/me/tokens');
  await expect(page.getByText('아직 만든 토큰이 없어요.')).toBeVisible();
  await page.getByLabel('이름').fill('내 스크립트');
  await page.getByLabel('픽업 게임').selectOption('games:read');
  await page.getByRole('button', { name: '토큰 만들기' }).click();
  const token = (await page.getByTestId('new-token').textContent())!.trim();
  expect(token).toMatch(/^dn_pat_/);
  await expect(page.getByRole('list', { name: '내 토큰 목록' })).toContainText('games:read');

  const headers = { authorization: `Bearer ${token}` };
  expect((await request.get('/api/games', { headers })).status()).toBe(200);
  const refused = await request.get('/api/users/me', { headers });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).reason).toBe('insufficient_scope');

  await page.getByRole('button', { name: '내 스크립트 토큰 폐기' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '폐기' }).click();
  await expect(page.getByText('아직 만든 토큰이 없어요.')).toBeVisible();
  expect((await request.get('/api/games', { headers })).status()).toBe(401);

  await page.goto('/me/webhooks');
  await page.getByLabel('받을 주소').fill('http://127.0.0.1:9/dongne');
  await page.getByLabel('내 경기에 참가').check();
  await page.getByRole('button', { name: '웹훅 등록' }).click();
  await expect(page.getByTestId('webhook-secret')).toHaveText(/^whsec_/);
  await expect(page.getByRole('list', { name: '내 웹훅 목록' })).toContainText('game.player_joined');
  await page.getByRole('button', { name: '테스트 보내기' }).click();
  await expect(page.getByRole('table', { name: 'http://127.0.0.1:9/dongne 최근 전송' })).toContainText('webhook.test');
});

import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
// The fakes of Kakao and of an SMTP server (e2e/support/fake-services.ts) sit next to the app's
// port: the app must know their addresses when it starts.
const fakeHttpPort = port + 5;
const fakeSmtpPort = port + 6;
const fakeKakao = `http://127.0.0.1:${fakeHttpPort}`;
const kakaoKeys = { KAKAO_CLIENT_ID: 'e2e-kakao-client', KAKAO_CLIENT_SECRET: 'e2e-kakao-secret' };

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'mobile', use: { ...devices['Pixel 7'], browserName: 'chromium' } },
  ],
  webServer: [
    {
      command: 'tsx e2e/support/fake-services.ts',
      url: `${fakeKakao}/health`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: { FAKE_HTTP_PORT: String(fakeHttpPort), FAKE_SMTP_PORT: String(fakeSmtpPort), ...kakaoKeys },
    },
    {
      // The production build served by server.ts, on a fresh database of its own.
      command: 'tsx e2e/support/start-server.ts',
      url: `${baseURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        PORT: String(port),
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        SMTP_URL: `smtp://127.0.0.1:${fakeSmtpPort}`,
        ...kakaoKeys,
        KAKAO_AUTH_URL: `${fakeKakao}/oauth/authorize`,
        KAKAO_TOKEN_URL: `${fakeKakao}/oauth/token`,
        KAKAO_USERINFO_URL: `${fakeKakao}/v2/user/me`,
        // e2e/moderation.spec.ts, e2e/settlements.spec.ts and e2e/no-shows.spec.ts sign these accounts up; logging in makes them admins.
        ADMIN_EMAILS: 'moderator-e2e@dongne.test,payouts-e2e@dongne.test,disputes-e2e@dongne.test',
        // A 5% fee on paid games: e2e/settlements.spec.ts shows it on the host's 정산 내역.
        PLATFORM_FEE_RATE_GAME: '0.05',
        // Web Push goes to the fake push service beside the fake Kakao (e2e/phone.spec.ts).
        WEB_PUSH_ALLOWED_ORIGINS: fakeKakao,
        // examples/consumer.mjs (e2e/api-consumer.spec.ts) receives its webhooks on a local port.
        WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
        // chat.spec.ts writes 60 messages of history in a burst; the limit itself is tested in tests/api/rate-limits.test.ts.
        CHAT_SEND_LIMIT: '100',
        // Both ways of serving /api in one CI run: through Next on the PGlite pass, directly
        // (production's default, lib/process/direct-api.ts) on the PostgreSQL pass.
        API_DISPATCH: process.env.DATABASE_URL ? 'direct' : 'next',
      },
    },
  ],
});

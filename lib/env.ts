import { z } from 'zod';

/*
 * The one reader of process.env (ESLint bans it elsewhere). Server-side only: Next inlines just
 * NEXT_PUBLIC_* variables into the browser bundle, and the app has none.
 */

const optionalUrl = z.string().url().optional().or(z.literal('').transform(() => undefined));
/** `1`/`true` on, `0`/`false`/unset off. */
const flag = z.enum(['0', '1', 'true', 'false']).optional().transform((v) => v === '1' || v === 'true');
const list = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean));

const feeRate = z
  .string()
  .trim()
  .regex(/^(0(\.\d{1,6})?|1(\.0{1,6})?|\.\d{1,6})$/, 'a rate from 0 to 1 with at most six decimals, e.g. 0.05')
  .optional()
  .or(z.literal(''))
  .transform((v) => (v ? Number(v) : 0));

const variables = z.object({
  NODE_ENV: z.string().default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().optional(),
  DATABASE_URL: optionalUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).default(10),
  PGLITE_DIR: z.string().min(1).default('.data/pglite'),
  REDIS_URL: optionalUrl,
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  NEXTAUTH_URL: optionalUrl,
  /** Extra allowed origins for cookie writes and sockets; the first also names us in mail links. */
  APP_ORIGINS: list,
  TRUST_PROXY: flag,
  /** How production serves /api: straight to the route handlers (default) or through Next, as development does. */
  API_DISPATCH: z.enum(['direct', 'next']).default('direct'),
  // argon2id memory in KiB; tests lower it (lib/accounts/password.ts).
  PASSWORD_HASH_MEMORY_KIB: z.coerce.number().int().min(64).max(1_048_576).default(19_456),
  SMTP_URL: optionalUrl,
  MAIL_DIR: z.string().optional(),
  MAIL_FROM: z.string().default('동네 <no-reply@dongne.local>'),
  KAKAO_CLIENT_ID: z.string().optional(),
  KAKAO_CLIENT_SECRET: z.string().optional(),
  KAKAO_AUTH_URL: optionalUrl,
  KAKAO_TOKEN_URL: optionalUrl,
  KAKAO_USERINFO_URL: optionalUrl,
  // Optional services: weather (기상청 단기예보) and the menu chat's model.
  KMA_SERVICE_KEY: z.string().optional(),
  KMA_BASE_URL: optionalUrl,
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.string().optional(),
  // Toss Payments instead of the built-in sandbox when the secret key is set.
  TOSS_SECRET_KEY: z.string().optional(),
  TOSS_CLIENT_KEY: z.string().optional(),
  TOSS_BASE_URL: z.string().url().default('https://api.tosspayments.com'),
  TOSS_TIMEOUT_MS: z.coerce.number().int().min(1).default(10_000),
  // Image storage (lib/images): an S3-compatible bucket when all four are set, else PostgreSQL.
  S3_ENDPOINT: optionalUrl,
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_REGION: z.string().optional(),
  // Moderation: who is an admin from the start, and how many distinct reporters hide content.
  ADMIN_EMAILS: list,
  REPORT_HIDE_THRESHOLD: z.coerce.number().int().min(1).default(3),
  // Map tiles for the games and spaces map views (lib/map/tiles.ts): OpenStreetMap's when unset.
  MAP_TILE_URL: z
    .string()
    .trim()
    .regex(/^https?:\/\/.*\{z\}.*\{x\}.*\{y\}/, 'MAP_TILE_URL must be an http(s) URL template with {z}, {x} and {y}')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MAP_TILE_ATTRIBUTION: z.string().optional(),
  // Chat messages a user may send per room in 10 s (lib/accounts/action-limits.ts); benchmarks raise it.
  CHAT_SEND_LIMIT: z.coerce.number().int().min(1).optional(),
  // Group orders: how long members have to pay their share after the organizer locks (lib/orders).
  MEAL_ORDER_PAY_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(20),
  // Platform fee per payment purpose (lib/settlements/fees.ts): a rate 0..1 (0.05 = 5%), at most
  // six decimals; the fee is rounded down to whole won and written as its own ledger entry.
  PLATFORM_FEE_RATE_MEAL_ORDER: feeRate,
  PLATFORM_FEE_RATE_GAME: feeRate,
  PLATFORM_FEE_RATE_RESERVATION: feeRate,
  SEED_DEMO: z.enum(['0', '1', 'true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === '1' || v === 'true')),
  // Web Push (lib/push): the VAPID pair (development keeps one in .data/vapid-keys.json), the
  // contact the push services see, and the push service origins subscriptions may point at.
  VAPID_PUBLIC_KEY: z.string().regex(/^[A-Za-z0-9_-]{80,90}$/, 'VAPID_PUBLIC_KEY must be the base64url P-256 public key').optional(),
  VAPID_PRIVATE_KEY: z.string().regex(/^[A-Za-z0-9_-]{40,46}$/, 'VAPID_PRIVATE_KEY must be the base64url P-256 private key').optional(),
  VAPID_SUBJECT: z.string().regex(/^(mailto:|https:\/\/)/, 'VAPID_SUBJECT must be a mailto: or https: URL').default('mailto:push@dongne.local'),
  /** Replaces the built-in list of push service origins (comma-separated, e.g. a test's fake service). */
  WEB_PUSH_ALLOWED_ORIGINS: list,
  /**
   * Webhook hosts exempt from the public-address rule (comma-separated host names, e.g. a test's
   * local receiver `127.0.0.1`); they may also use plain http. Everyone else: https on a public address.
   */
  WEBHOOK_ALLOWED_HOSTS: list,
  // Test and benchmark switches, never set in production.
  PAYMENTS_DEMO_PURPOSE: flag,
  E2E_FIXTURES: flag,
  ENABLE_BENCH_ROUTES: flag,
});

const schema = variables.superRefine((env, ctx) => {
  const s3 = [env.S3_ENDPOINT, env.S3_BUCKET, env.S3_ACCESS_KEY_ID, env.S3_SECRET_ACCESS_KEY];
  // A half-configured bucket would silently fall back to PostgreSQL: refuse it instead.
  if (Boolean(env.VAPID_PUBLIC_KEY) !== Boolean(env.VAPID_PRIVATE_KEY)) {
    ctx.addIssue({ code: 'custom', path: ['VAPID_PUBLIC_KEY'], message: 'set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY or neither' });
  }
  if (s3.some(Boolean) && !s3.every(Boolean)) {
    ctx.addIssue({ code: 'custom', path: ['S3_ENDPOINT'], message: 'set all of S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY or none' });
  }
});

export type Env = z.infer<typeof schema>;

/** Every variable the app reads. */
export const envNames = Object.keys(variables.shape);
let parsed: { raw: string; env: Env } | undefined;
// Reading ~50 variables from process.env costs ~30 µs, too much per request: a running app
// parses once (provideEnv starts again), while tests, which set variables at run time, re-parse
// whenever one has changed.
const rereads = process.env.NODE_ENV === 'test';

/** The parsed environment. Throws naming every bad variable; server.ts checks once at start with `loadEnv`. */
export function env(): Env {
  if (parsed && !rereads) return parsed.env;
  const raw = rereads ? envNames.map((name) => process.env[name] ?? '\0').join('\n') : '';
  if (parsed?.raw === raw) return parsed.env;
  const result = schema.safeParse(process.env);
  if (!result.success) {
    throw new Error(`Invalid environment:\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  parsed = { raw, env: result.data };
  return result.data;
}

/** At start: a bad value stops the process with a message naming it. */
export function loadEnv(): Env {
  try {
    return env();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

/**
 * What the process fills in for itself before anything reads it: the development AUTH_SECRET
 * (lib/core/auth-secret.ts) and VAPID pair (lib/push/vapid.ts), and AUTH_TRUST_HOST, which
 * next-auth reads on its own.
 */
export function provideEnv(name: 'AUTH_SECRET' | 'AUTH_TRUST_HOST' | 'VAPID_PUBLIC_KEY' | 'VAPID_PRIVATE_KEY', value: string) {
  process.env[name] = value;
  parsed = undefined;
}

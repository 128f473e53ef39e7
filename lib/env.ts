import { z } from 'zod';

const schema = z
  .object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().optional(),
  DATABASE_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  PGLITE_DIR: z.string().default('.data/pglite'),
  REDIS_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('0').transform((v) => v === '1' || v === 'true'),
  SMTP_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  MAIL_DIR: z.string().optional(),
  MAIL_FROM: z.string().optional(),
  KAKAO_CLIENT_ID: z.string().optional(),
  KAKAO_CLIENT_SECRET: z.string().optional(),
  KAKAO_AUTH_URL: z.string().url().optional(),
  KAKAO_TOKEN_URL: z.string().url().optional(),
  KAKAO_USERINFO_URL: z.string().url().optional(),
  // Optional services: weather (기상청 단기예보) and the menu chat's model; read where used.
  KMA_SERVICE_KEY: z.string().optional(),
  KMA_BASE_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  OPENAI_MODEL: z.string().optional(),
  // Image storage (lib/images): an S3-compatible bucket when all four are set, else PostgreSQL.
  S3_ENDPOINT: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_REGION: z.string().optional(),
  // Moderation: who is an admin from the start, and how many distinct reporters hide content.
  ADMIN_EMAILS: z.string().optional(),
  REPORT_HIDE_THRESHOLD: z.coerce.number().int().min(1).optional(),
  // Map tiles for the games and spaces map views (lib/map/tiles.ts): OpenStreetMap's when unset.
  MAP_TILE_URL: z.string().regex(/^https?:\/\/.*\{z\}.*\{x\}.*\{y\}/, 'MAP_TILE_URL must be an http(s) URL template with {z}, {x} and {y}').optional().or(z.literal('').transform(() => undefined)),
  MAP_TILE_ATTRIBUTION: z.string().optional(),
  // Chat messages a user may send per room in 10 s (lib/accounts/action-limits.ts); benchmarks raise it.
  CHAT_SEND_LIMIT: z.coerce.number().int().min(1).optional(),
  SEED_DEMO: z.enum(['0', '1', 'true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === '1' || v === 'true')),
  })
  .superRefine((env, ctx) => {
    const s3 = [env.S3_ENDPOINT, env.S3_BUCKET, env.S3_ACCESS_KEY_ID, env.S3_SECRET_ACCESS_KEY];
    // A half-configured bucket would silently fall back to PostgreSQL: refuse it instead.
    if (s3.some(Boolean) && !s3.every(Boolean)) {
      ctx.addIssue({ code: 'custom', path: ['S3_ENDPOINT'], message: 'set all of S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY or none' });
    }
  });

export type Env = z.infer<typeof schema>;

/** Parsed once at start; a bad value stops the process with a message naming it. */
export function loadEnv(): Env {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    console.error(`Invalid environment:\n${lines.join('\n')}`);
    process.exit(1);
  }
  return result.data;
}

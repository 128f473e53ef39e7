import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid, varchar, type UpdateDeleteAction } from 'drizzle-orm/pg-core';
import { id, ref, timestampNow, timestamps, timestamptz } from './columns';
import { neighbourhoodRef } from './neighbourhoods';
import { accountTokenPurposes, type UserStatus, type UserRole, type AccountTokenPurpose } from '../constants/accounts';
import type { ReviewTagCount } from '../constants/reviews';
import type { AccuracyBucket, TemperatureReason, VerificationMethod } from '../constants/trust';

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text().notNull(),
    username: text().notNull(),
    // Null for accounts made through Kakao until the person sets a password.
    passwordHash: text(),
    // Set when the person followed the link mailed to the current address; cleared on email change.
    emailVerifiedAt: timestamptz(),
    neighbourhoodCode: neighbourhoodRef('restrict'),
    // 동네인증, the result only (never the position): which dong, until when, how and how precisely.
    // Changing the neighbourhood clears it (lib/trust/verification.ts).
    neighbourhoodVerifiedCode: varchar({ length: 10 }),
    neighbourhoodVerifiedUntil: timestamptz(),
    neighbourhoodVerificationMethod: text().$type<VerificationMethod>(),
    neighbourhoodVerificationAccuracy: text().$type<AccuracyBucket>(),
    // Set when a data update moved the user to a successor of a split dong: the next visit asks.
    neighbourhoodNeedsConfirmation: boolean().notNull().default(false),
    // 온도, cached here by lib/trust/temperature-jobs.ts; the reasons are the top inputs for display.
    temperature: doublePrecision().notNull().default(36.5),
    temperatureReasons: jsonb().$type<TemperatureReason[]>().notNull().default([]),
    temperatureComputedAt: timestamptz(),
    /** How often each review tag was given to this user, cached with the temperature. */
    reviewTagCounts: jsonb().$type<ReviewTagCount[]>().notNull().default([]),
    bio: text().notNull().default(''),
    status: text().$type<UserStatus>().notNull().default('available'),
    /** Details (bio, status, neighbourhood, member since) only for people this user added as a friend. */
    isPrivate: boolean().notNull().default(false),
    /** Stored avatar files `<avatarKey>-256.webp` and `<avatarKey>-64.webp` (lib/images); null without one. */
    avatarKey: text(),
    // Bumped on password change, logout-everywhere and deletion: every JWT carrying an
    // older value (session cookie, access token, refresh token, socket) stops working.
    tokenVersion: integer().notNull().default(0),
    isActive: boolean().notNull().default(true),
    role: text().$type<UserRole>().notNull().default('member'),
    // A suspended user reads but cannot write until then (lib/moderation/policy.ts).
    suspendedUntil: timestamptz(),
    suspensionReason: text(),
    // A banned user cannot sign in at all.
    bannedAt: timestamptz(),
    deletedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('users_email_idx').on(sql`lower(${t.email})`),
    uniqueIndex('users_username_idx').on(sql`lower(${t.username})`),
    index('users_neighbourhood_code_idx').on(t.neighbourhoodCode),
    index('users_username_trgm_idx').using('gin', sql`${t.username} gin_trgm_ops`),
    index('users_email_trgm_idx').using('gin', sql`${t.email} gin_trgm_ops`),
    check('users_status_check', sql`${t.status} in ('available', 'away', 'busy')`),
    check('users_role_check', sql`${t.role} in ('member', 'admin')`),
    check('users_verification_method_check', sql`${t.neighbourhoodVerificationMethod} in ('boundary', 'nearest')`),
  ],
);

/** `user_id integer not null references users(id) on delete <onDelete>`: whose row it is. */
export const userRef = (onDelete: UpdateDeleteAction) => ref(() => users.id, onDelete);

export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: id(),
    userId: userRef('cascade'),
    // Every token rotated from one login shares a family; reuse of a rotated token revokes it.
    familyId: uuid().notNull(),
    tokenHash: text().notNull(),
    tokenVersion: integer().notNull(),
    expiresAt: timestamptz().notNull(),
    rotatedAt: timestamptz(),
    revokedAt: timestamptz(),
    createdAt: timestampNow(),
  },
  (t) => [
    uniqueIndex('refresh_tokens_token_hash_idx').on(t.tokenHash),
    index('refresh_tokens_family_id_idx').on(t.familyId),
    index('refresh_tokens_user_id_idx').on(t.userId),
  ],
);

/** Links mailed to a person (password reset, email verification); only the token's sha-256 is kept. */
export const accountTokens = pgTable(
  'account_tokens',
  {
    id: id(),
    userId: userRef('cascade'),
    purpose: text().notNull().$type<AccountTokenPurpose>(),
    tokenHash: text().notNull(),
    // The address the link was sent to: a verification only counts while it is still the user's email.
    email: text().notNull(),
    expiresAt: timestamptz().notNull(),
    usedAt: timestamptz(),
    createdAt: timestampNow(),
  },
  (t) => [
    uniqueIndex('account_tokens_token_hash_idx').on(t.tokenHash),
    index('account_tokens_user_id_purpose_idx').on(t.userId, t.purpose),
    index('account_tokens_expires_at_idx').on(t.expiresAt),
    check('account_tokens_purpose_check', sql.raw(`purpose in (${accountTokenPurposes.map((p) => `'${p}'`).join(', ')})`)),
  ],
);

/** A Kakao (or other OAuth) identity linked to one of our users. */
export const oauthAccounts = pgTable(
  'oauth_accounts',
  {
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    userId: userRef('cascade'),
    createdAt: timestampNow(),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    uniqueIndex('oauth_accounts_user_id_provider_idx').on(t.userId, t.provider),
  ],
);

/**
 * A first OAuth login that is not a user yet: it becomes one once the person picks a
 * neighbourhood (or links it to an existing account by password). Keeping it apart from
 * users means no user ever exists without a neighbourhood.
 */
export const oauthSignups = pgTable(
  'oauth_signups',
  {
    id: uuid().primaryKey().defaultRandom(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    email: text(),
    emailVerified: boolean().notNull().default(false),
    nickname: text(),
    expiresAt: timestamptz().notNull(),
    createdAt: timestampNow(),
  },
  (t) => [
    uniqueIndex('oauth_signups_provider_account_idx').on(t.provider, t.providerAccountId),
    index('oauth_signups_expires_at_idx').on(t.expiresAt),
  ],
);

export type User = typeof users.$inferSelect;
export type AccountToken = typeof accountTokens.$inferSelect;
export type OauthSignup = typeof oauthSignups.$inferSelect;
export type RefreshToken = typeof refreshTokens.$inferSelect;

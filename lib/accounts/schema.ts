import { userStatuses } from '@/db/constants/accounts';
import { reviewTags } from '@/db/constants/reviews';
import { z } from '@/lib/core/zod';
import { neighbourhoodCode, neighbourhoodRef } from '@/lib/neighbourhoods/schema';

/** What /docs shows for a profile's free text and avatar. */
const bioExample = { examples: ['주말마다 망원 한강공원에서 풋살해요'] };
const avatarExample = { examples: ['/api/images/avatars/7/3f0e4c5a-8b1d-4e2f-9a6b-7c8d9e0f1a2b.webp'] };

export const email = z
  .string({ error: '이메일을 입력해 주세요.' })
  .trim()
  .toLowerCase()
  .max(254, '이메일이 너무 깁니다.')
  .pipe(z.email('올바른 이메일 주소를 입력해 주세요.'))
  .meta({ examples: ['minji@example.com'] });

export const username = z
  .string({ error: '닉네임을 입력해 주세요.' })
  .trim()
  .min(2, '닉네임은 2자 이상이어야 합니다.')
  .max(20, '닉네임은 20자 이하여야 합니다.')
  .regex(/^[\p{L}\p{N}_]+$/u, '닉네임에는 한글, 영문, 숫자, 밑줄(_)만 쓸 수 있습니다.')
  .meta({ examples: ['망원동_민지'] });

export const newPassword = z
  .string({ error: '비밀번호를 입력해 주세요.' })
  .min(8, '비밀번호는 8자 이상이어야 합니다.')
  .max(128, '비밀번호는 128자 이하여야 합니다.')
  .regex(/\p{L}/u, '비밀번호에 문자를 하나 이상 넣어 주세요.')
  .regex(/\p{N}/u, '비밀번호에 숫자를 하나 이상 넣어 주세요.')
  .meta({ examples: ['dongne-2026-mangwon'] });

/** A password being checked, not chosen: any non-empty string up to the maximum. */
export const password = z
  .string({ error: '비밀번호를 입력해 주세요.' })
  .min(1, '비밀번호를 입력해 주세요.')
  .max(128, '비밀번호가 너무 깁니다.')
  .meta({ examples: ['dongne-2026-mangwon'] });

const confirmMatches = <T extends { newPassword?: string; password?: string }>(
  data: T & { passwordConfirm?: string; newPasswordConfirm?: string },
) => (data.newPassword ?? data.password) === (data.newPasswordConfirm ?? data.passwordConfirm);

export const signUpBody = z
  .object({
    email,
    username,
    password: newPassword,
    passwordConfirm: z.string({ error: '비밀번호를 한 번 더 입력해 주세요.' }).max(128).meta({ examples: ['dongne-2026-mangwon'] }),
    neighbourhoodCode,
  })
  .refine(confirmMatches, { path: ['passwordConfirm'], message: '비밀번호가 일치하지 않습니다.' });
export type SignUpInput = z.infer<typeof signUpBody>;

export const updateMeBody = z
  .object({
    username: username.optional(),
    bio: z.string().trim().max(160, '소개는 160자 이하여야 합니다.').optional().meta(bioExample),
    status: z.enum(userStatuses, { error: '상태를 골라 주세요.' }).optional(),
    isPrivate: z.boolean({ error: '공개 여부를 골라 주세요.' }).optional(),
    neighbourhoodCode: neighbourhoodCode.optional(),
    // A new address needs verifying again; with a password set, changing it asks for the password.
    email: email.optional(),
    currentPassword: password.optional(),
  })
  .strict();
export type UpdateMeInput = z.infer<typeof updateMeBody>;

export const changePasswordBody = z
  .object({ currentPassword: password, newPassword, newPasswordConfirm: z.string().max(128) })
  .refine(confirmMatches, { path: ['newPasswordConfirm'], message: '새 비밀번호가 일치하지 않습니다.' });
export type ChangePasswordInput = z.infer<typeof changePasswordBody>;

export const setPasswordBody = z
  .object({ newPassword, newPasswordConfirm: z.string().max(128) })
  .refine(confirmMatches, { path: ['newPasswordConfirm'], message: '새 비밀번호가 일치하지 않습니다.' });
export type SetPasswordInput = z.infer<typeof setPasswordBody>;

export const passwordResetRequestBody = z.object({ email });

export const tokenParams = z.object({ token: z.string().min(20).max(100).regex(/^[\w-]+$/, '올바르지 않은 링크입니다.') });

export const passwordResetBody = setPasswordBody;

export const acceptedMessage = z.object({ message: z.string() });

export const emailVerificationResult = z.object({ userId: z.number().int(), emailVerifiedAt: z.iso.datetime() });

export const completeOAuthSignupBody = z.object({
  username,
  neighbourhoodCode,
  /** Only when Kakao did not share a verified email. */
  email: email.optional(),
});
export type CompleteOAuthSignupInput = z.infer<typeof completeOAuthSignupBody>;

export const linkOAuthSignupBody = z.object({ password });

export const pendingOAuthSignup = z.object({
  provider: z.string(),
  email: z.string().nullable(),
  nickname: z.string().nullable(),
  existingAccount: z.boolean(),
});

export const credentialsBody = z.object({ email, password });
export type Credentials = z.infer<typeof credentialsBody>;

export const deleteAccountBody = z.object({ password });

export const userSearchQuery = z.object({
  q: z.string().trim().min(2, '검색어는 2자 이상이어야 합니다.').max(100),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  size: z.coerce.number().int().min(1).max(50).default(20),
});

export const userIdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** On profiles and user cards: the badge "동네인증 ✓ 용담2동". */
export const verifiedNeighbourhood = z.object({ dong: z.string(), verifiedUntil: z.iso.datetime() });
export type VerifiedNeighbourhood = z.infer<typeof verifiedNeighbourhood>;

/** 온도: 36.5℃ to start, with the inputs that moved it most ("시간 약속을 잘 지켜요" 12). */
export const temperature = z.object({
  value: z.number(),
  topReasons: z.array(z.object({ label: z.string(), count: z.number().int() })),
});
export type Temperature = z.infer<typeof temperature>;

/** How often each compliment and complaint tag was given to the user over all their reviews, most first. */
export const reviewTagCounts = z.array(z.object({ tag: z.enum(reviewTags), label: z.string(), count: z.number().int() }));

/** Every profile field, as the owner (and whoever may see a private profile) sees it. */
export const publicUser = z.object({
  id: z.number().int().meta({ examples: [7] }),
  username: z.string().meta(username.meta()!),
  bio: z.string().meta(bioExample),
  status: z.enum(userStatuses),
  isPrivate: z.boolean(),
  neighbourhood: neighbourhoodRef,
  emailVerified: z.boolean(),
  /** The 256 px square avatar; null without one. */
  avatarUrl: z.string().nullable().meta(avatarExample),
  createdAt: z.iso.datetime(),
  /** A current 동네인증 (absent without one): the badge "동네인증 ✓ 용담2동". */
  verifiedNeighbourhood: verifiedNeighbourhood.optional(),
  temperature,
});
export type PublicUser = z.infer<typeof publicUser>;

/**
 * A profile as someone else sees it: a private profile shows its details only to people its
 * owner added as a friend; everyone else gets the nickname alone (the detail fields are null).
 */
export const profile = z.object({
  id: z.number().int(),
  username: z.string(),
  isPrivate: z.boolean(),
  /** False when the details are hidden from this viewer. */
  isVisible: z.boolean(),
  bio: z.string().nullable(),
  status: z.enum(userStatuses).nullable(),
  neighbourhood: neighbourhoodRef.nullable(),
  emailVerified: z.boolean().nullable(),
  createdAt: z.iso.datetime().nullable(),
  /** The 256 px avatar; null without one or when the details are hidden. */
  avatarUrl: z.string().nullable(),
  /** Present when verified and the details are visible. */
  verifiedNeighbourhood: verifiedNeighbourhood.optional(),
  /** Shown to everyone, private profiles included: it is what a host or organizer needs. */
  temperature,
  /** Review tags received (games, spaces as host, bookings as guest), shown to everyone like the temperature. */
  reviewTags: reviewTagCounts,
  /** The viewer has this user in their friend list / has blocked them (false when signed out). */
  isFriend: z.boolean(),
  isBlocked: z.boolean(),
});
export type Profile = z.infer<typeof profile>;

export const me = publicUser.extend({
  email: z.string().meta(email.meta()!),
  /** False for accounts made through Kakao until they set a password. */
  hasPassword: z.boolean(),
  role: z.enum(['member', 'admin']),
  /** While in the future, the account reads but cannot write (403 reason "suspended"). */
  suspendedUntil: z.iso.datetime().nullable(),
  suspensionReason: z.string().nullable(),
  /** A data update moved this user out of a split dong: the UI asks them to confirm it. */
  neighbourhoodNeedsConfirmation: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export type Me = z.infer<typeof me>;

export const refreshBody = z.object({ refreshToken: z.string().min(1).max(200) });

export const tokenPair = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int(),
  tokenType: z.literal('Bearer'),
  user: me,
});
export type TokenPair = z.infer<typeof tokenPair>;

import { gameGenders, gameLevels, gameStatuses, MAX_PRIORITY_HOURS, OFFER_MINUTES, playerStatuses, sports, timeOfDayNames } from '@/db/constants/games';
import { userRef } from '@/lib/accounts/user-ref';
import { bodyInstant, calendarDate, queryInstant } from '@/lib/core/dates';
import { z } from '@/lib/core/zod';
import { paymentRef } from '@/lib/payments/schema';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const text = (label: string, max: number) =>
  z.string({ error: `${label}을(를) 입력해 주세요.` }).trim().min(1, `${label}을(를) 입력해 주세요.`).max(max, `${label}은(는) ${max}자 이하여야 합니다.`);
const lat = z.number().min(33, '위도가 한국 범위를 벗어났습니다.').max(39).meta({ examples: [37.55494] });
const lng = z.number().min(124, '경도가 한국 범위를 벗어났습니다.').max(132).meta({ examples: [126.92381] });
const neighbourhoodCode = z.string({ error: '동네를 골라 주세요.' }).regex(/^\d{10}$/, '동네 코드가 올바르지 않습니다.').meta({ examples: ['1144066000'] });
const players = (label: string) => z.number({ error: `${label}을 숫자로 입력해 주세요.` }).int().min(1, `${label}은 1명 이상이어야 합니다.`).max(100, `${label}은 100명 이하여야 합니다.`);

/** What /docs shows for a game, in the body and in answers alike. */
const example = { title: '토요일 아침 망원 풋살 6:6', placeName: '망원한강공원 풋살장', address: '서울 마포구 마포나루길 467' };

export const sport = z.enum(sports, { error: '종목을 골라 주세요.' });
export const level = z.enum(gameLevels, { error: '수준을 골라 주세요.' });
export const gender = z.enum(gameGenders, { error: '성별 구성을 골라 주세요 (mixed, male, female).' });
export const timeOfDay = z.enum(timeOfDayNames as [string, ...string[]], { error: '시간대는 dawn, morning, afternoon, evening, night 중에서 골라 주세요.' });
const weekday = z.number({ error: '요일은 1(월)~7(일) 숫자로 입력해 주세요.' }).int().min(1, '요일은 1(월)~7(일)입니다.').max(7, '요일은 1(월)~7(일)입니다.');
const offerMinutes = z
  .number({ error: '결제 대기 시간을 분 단위 숫자로 입력해 주세요.' })
  .int()
  .min(OFFER_MINUTES.min, `결제 대기 시간은 ${OFFER_MINUTES.min}분 이상이어야 합니다.`)
  .max(OFFER_MINUTES.max, `결제 대기 시간은 ${OFFER_MINUTES.max / 60}시간 이하여야 합니다.`);

/** "a,b,c" in a query string: each item checked, duplicates dropped. */
const commaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((v) => [...new Set(v.split(',').map((x) => x.trim()).filter(Boolean))])
    .pipe(z.array(item).min(1).max(7));

const gameFields = {
  sport,
  title: text('제목', 100).meta({ examples: [example.title] }),
  description: z.string().trim().max(2000, '설명은 2000자 이하여야 합니다.').default('').meta({ examples: ['풋살화 필수, 조끼는 준비해 둘게요.'] }),
  level: level.default('any'),
  /** mixed (default), male or female. */
  gender: gender.optional(),
  // A number in the body, never coerced: `true` would become venue 1.
  venueId: z.number({ error: '장소 번호를 숫자로 입력해 주세요.' }).int().positive().max(2_147_483_647).nullable().optional(),
  placeName: text('장소 이름', 100).meta({ examples: [example.placeName] }),
  address: text('주소', 200).meta({ examples: [example.address] }),
  /** Optional when a point is given: the dong is then the one the point falls in. */
  neighbourhoodCode: neighbourhoodCode.optional(),
  lat: lat.optional(),
  lng: lng.optional(),
  startsAt: bodyInstant('시작 시각', '2026-06-06T07:00:00+09:00'),
  endsAt: bodyInstant('끝나는 시각', '2026-06-06T09:00:00+09:00'),
  recruitUntil: bodyInstant('모집 마감 시각', '2026-06-05T21:00:00+09:00').optional(),
  minPlayers: players('최소 인원').meta({ examples: [8] }),
  maxPlayers: players('모집 인원').meta({ examples: [12] }),
  fee: z
    .number({ error: '참가비를 숫자로 입력해 주세요.' })
    .int('참가비는 원 단위 정수여야 합니다.')
    .min(0, '참가비는 0원 이상이어야 합니다.')
    .max(1_000_000, '참가비는 100만 원 이하여야 합니다.')
    .meta({ description: '원 (KRW)', examples: [12000] }),
  /** Only neighbours with a current 동네인증 in the game's 시군구 may join (403 reason "verification_required"). */
  verifiedOnly: z.boolean().optional(),
  /** How long a seat offered from the waitlist of a paid game waits for payment: 10 min – 12 h, 15 by default. */
  offerMinutes: offerMinutes.optional(),
};

export const createGameBody = z.object(gameFields).strict();
export type CreateGameInput = z.infer<typeof createGameBody>;

export const updateGameBody = z
  .object({
    ...gameFields,
    description: z.string().trim().max(2000, '설명은 2000자 이하여야 합니다.'),
    level,
    gender,
    offerMinutes,
  })
  .partial()
  .strict();
export type UpdateGameInput = z.infer<typeof updateGameBody>;

/**
 * A weekly series: the first game as usual plus the weekdays and the last day. Every Seoul day
 * from the start's day to `until` on one of the weekdays gets its own game at the same time.
 */
export const createSeriesBody = z
  .object({
    ...gameFields,
    weekdays: z
      .array(weekday, { error: '요일을 하나 이상 골라 주세요.' })
      .min(1, '요일을 하나 이상 골라 주세요.')
      .max(7)
      .refine((days) => new Set(days).size === days.length, '같은 요일이 두 번 있습니다.'),
    until: calendarDate,
    /** After an occurrence ends, its players alone may join the next one for this many hours. */
    priorityHours: z.number({ error: '우선 신청 시간을 숫자로 입력해 주세요.' }).int().min(0).max(MAX_PRIORITY_HOURS, `우선 신청 시간은 ${MAX_PRIORITY_HOURS}시간 이하여야 합니다.`).default(24),
  })
  .strict();
export type CreateSeriesInput = z.infer<typeof createSeriesBody>;

/** "All future occurrences": what can change on every game at once (times stay per game). */
export const updateSeriesBody = updateGameBody.omit({ startsAt: true, endsAt: true, recruitUntil: true });
export type UpdateSeriesInput = z.infer<typeof updateSeriesBody>;

export const gameIdParams = z.object({ id });
export const playerParams = z.object({ id, userId: id });

export const listGamesQuery = z.object({
  sport: sport.optional(),
  from: queryInstant('start').optional(),
  to: queryInstant('end').optional(),
  near: z
    .string()
    .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, 'near는 "위도,경도" 형식이어야 합니다.')
    .transform((v) => v.split(',').map(Number) as [number, number])
    .refine(([a, b]) => a >= 33 && a <= 39 && b >= 124 && b <= 132, '한국 안의 좌표여야 합니다.')
    .optional(),
  radiusKm: z.coerce.number().positive().max(50).default(5),
  sigungu: z.string().regex(/^\d{5}$/, '시군구 코드는 5자리 숫자입니다.').optional(),
  neighbourhood: neighbourhoodCode.optional(),
  status: z.enum(gameStatuses).optional(),
  level: level.optional(),
  gender: gender.optional(),
  /** Comma-separated Seoul time-of-day buckets: dawn 0–6, morning 6–12, afternoon 12–18, evening 18–21, night 21–24. */
  timeOfDay: commaList(timeOfDay).optional(),
  /** Comma-separated ISO weekdays of the start in Seoul: 1 Monday … 7 Sunday. */
  weekday: commaList(z.string().regex(/^[1-7]$/, '요일은 1(월)~7(일)입니다.').transform(Number)).optional(),
  free: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(['distance', 'startsAt']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  size: z.coerce.number().int().min(1).max(50).default(20),
});
export type ListGamesQuery = z.infer<typeof listGamesQuery>;

export const joinBody = z.object({ waitlist: z.boolean().default(false) }).strict();

export const game = z.object({
  id: z.number().int(),
  sport,
  sportLabel: z.string().meta({ examples: ['풋살'] }),
  title: z.string().meta({ examples: [example.title] }),
  description: z.string().meta({ examples: ['풋살화 필수, 조끼는 준비해 둘게요.'] }),
  level,
  levelLabel: z.string().meta({ examples: ['누구나'] }),
  gender,
  genderLabel: z.string(),
  venueId: z.number().int().nullable(),
  placeName: z.string().meta({ examples: [example.placeName] }),
  address: z.string().meta({ examples: [example.address] }),
  neighbourhoodCode: z.string().meta({ examples: ['1144066000'] }),
  lat: z.number().meta({ examples: [37.55494] }),
  lng: z.number().meta({ examples: [126.92381] }),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  recruitUntil: z.iso.datetime(),
  minPlayers: z.number().int(),
  maxPlayers: z.number().int(),
  fee: z.number().int().meta({ description: '원 (KRW)', examples: [12000] }),
  status: z.enum(gameStatuses),
  joinedCount: z.number().int(),
  chatRoomId: z.number().int(),
  host: userRef,
  verifiedOnly: z.boolean(),
  offerMinutes: z.number().int(),
  seriesId: z.number().int().nullable(),
  /** Until then only the players of the series' previous game may join. */
  priorityUntil: z.iso.datetime().nullable(),
  /** Set when reports or an admin hid it: only its author still sees it (marked "신고로 숨겨졌어요"). */
  hiddenAt: z.iso.datetime().nullable(),
  distanceKm: z.number().optional(),
});
export type GameView = z.infer<typeof game>;

export const seriesIdParams = z.object({ id });

export const series = z.object({
  id: z.number().int(),
  weekdays: z.array(z.number().int()),
  until: z.string(),
  priorityHours: z.number().int(),
  /** Its games still ahead (recruiting, full, confirmed), soonest first. */
  games: z.array(game),
});
export type SeriesView = z.infer<typeof series>;

export const participation = z.object({
  id: z.number().int(),
  gameId: z.number().int(),
  user: userRef,
  status: z.enum(playerStatuses),
  paymentId: z.number().int().nullable(),
  waitlistPosition: z.number().int().nullable(),
  createdAt: z.iso.datetime(),
});
export type ParticipationView = z.infer<typeof participation>;

export const joinResult = z.object({
  participation,
  payment: paymentRef.optional(),
});

const venueFields = {
  name: text('이름', 100),
  address: text('주소', 200),
  detailAddress: z.string().trim().max(200),
  contact: z.string().trim().max(50),
  description: z.string().trim().max(2000),
  isIndoor: z.boolean(),
  sports: z.array(sport).max(sports.length),
  /** Optional when a point is given: the dong is then the one the point falls in. */
  neighbourhoodCode: neighbourhoodCode.optional(),
  lat: lat.optional(),
  lng: lng.optional(),
};

export const venueBody = z
  .object({
    ...venueFields,
    detailAddress: venueFields.detailAddress.default(''),
    contact: venueFields.contact.default(''),
    description: venueFields.description.default(''),
    isIndoor: venueFields.isIndoor.default(false),
    sports: venueFields.sports.default([]),
  })
  .strict();
export type VenueInput = z.infer<typeof venueBody>;
// No defaults here: a PATCH changes only what it names.
export const updateVenueBody = z.object(venueFields).partial().strict();
export type UpdateVenueInput = z.infer<typeof updateVenueBody>;
export const listVenuesQuery = z.object({
  q: z.string().trim().max(100).optional(),
  sport: sport.optional(),
  neighbourhood: neighbourhoodCode.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  size: z.coerce.number().int().min(1).max(50).default(20),
});
export const venue = z.object({
  id: z.number().int(),
  name: z.string(),
  address: z.string(),
  detailAddress: z.string(),
  contact: z.string(),
  description: z.string(),
  isIndoor: z.boolean(),
  sports: z.array(sport),
  neighbourhoodCode: z.string(),
  lat: z.number(),
  lng: z.number(),
  createdAt: z.iso.datetime(),
});

import { amenityKeys, bookingModes, cancellationPolicies, spaceTypes } from '@/db/constants/spaces';
import { userRef } from '@/lib/accounts/user-ref';
import { calendarDate } from '@/lib/core/dates';
import { z } from '@/lib/core/zod';
import { pageInfoSchema, pageQuery } from '@/lib/core/pagination';
import { neighbourhoodCode, neighbourhoodRef } from '@/lib/neighbourhoods/schema';

export { amenityKeys, cancellationPolicies, spaceTypes };

export const spaceType = z.enum(spaceTypes, { error: '공간 유형을 골라 주세요.' });
export const amenity = z.enum(amenityKeys, { error: '알 수 없는 편의시설입니다.' });
export const cancellationPolicy = z.enum(cancellationPolicies, { error: '환불 규정을 골라 주세요.' });

/** "HH:00" → hour; spaces open, close and are booked by whole hours. "24:00" is the end of the day. */
const hourOfDay = (what: string, max: number) =>
  z
    .string({ error: `${what}을 "HH:00" 형식으로 입력해 주세요.` })
    .regex(/^\d{2}:\d{2}$/, `${what}을 "HH:00" 형식으로 입력해 주세요.`)
    .refine((v) => v.endsWith(':00'), `${what}은 정시여야 합니다.`)
    .transform((v) => Number(v.slice(0, 2)))
    .refine((h) => h <= max, `${what}이 올바르지 않습니다.`);

export const openTime = hourOfDay('여는 시간', 23);
export const closeTime = hourOfDay('닫는 시간', 24);

const won = (what: string) =>
  z
    .number({ error: `${what}을 숫자로 입력해 주세요.` })
    .int(`${what}은 원 단위 정수여야 합니다.`)
    .min(1000, `${what}은 1,000원 이상이어야 합니다.`)
    .meta({ description: '원 (KRW)', examples: [15000] })
    .max(10_000_000, `${what}은 10,000,000원 이하여야 합니다.`);

export const packageInput = z
  .object({
    name: z.string({ error: '패키지 이름을 입력해 주세요.' }).trim().min(1, '패키지 이름을 입력해 주세요.').max(30, '패키지 이름은 30자 이하여야 합니다.'),
    startTime: openTime,
    endTime: closeTime,
    price: won('패키지 가격'),
  })
  .refine((p) => p.startTime < p.endTime, { message: '패키지는 시작 시간이 끝 시간보다 빨라야 합니다.', path: ['endTime'] });

const spaceFields = {
  title: z.string({ error: '공간 이름을 입력해 주세요.' }).trim().min(1, '공간 이름을 입력해 주세요.').max(60, '공간 이름은 60자 이하여야 합니다.').meta({ examples: ['합정 햇살 파티룸'] }),
  type: spaceType,
  description: z.string({ error: '소개를 입력해 주세요.' }).trim().min(1, '소개를 입력해 주세요.').max(3000, '소개는 3000자 이하여야 합니다.').meta({ examples: ['합정역 3번 출구 2분, 최대 12명이 쓰는 파티룸이에요.'] }),
  address: z.string({ error: '주소를 입력해 주세요.' }).trim().min(1, '주소를 입력해 주세요.').max(200, '주소는 200자 이하여야 합니다.').meta({ examples: ['서울 마포구 양화로 45 3층'] }),
  /** Optional when a point is given: the dong is then the one the point falls in. */
  neighbourhoodCode: neighbourhoodCode.optional(),
  lat: z.number({ error: '위도는 숫자여야 합니다.' }).min(33, '국내 좌표만 입력할 수 있습니다.').max(39, '국내 좌표만 입력할 수 있습니다.').nullish(),
  lng: z.number({ error: '경도는 숫자여야 합니다.' }).min(124, '국내 좌표만 입력할 수 있습니다.').max(132, '국내 좌표만 입력할 수 있습니다.').nullish(),
  capacity: z.number({ error: '최대 인원을 숫자로 입력해 주세요.' }).int('최대 인원은 정수여야 합니다.').min(1, '최대 인원은 1명 이상이어야 합니다.').max(1000, '최대 인원은 1000명 이하여야 합니다.'),
  pricePerHour: won('시간당 가격'),
  /** null or left out: the weekday price (a holiday without its own price takes the weekend one). */
  weekendPricePerHour: won('주말 시간당 가격').nullable(),
  holidayPricePerHour: won('공휴일 시간당 가격').nullable(),
  minHours: z.number({ error: '최소 이용 시간을 숫자로 입력해 주세요.' }).int('최소 이용 시간은 정수여야 합니다.').min(1, '최소 이용 시간은 1시간 이상이어야 합니다.').max(24, '최소 이용 시간은 24시간 이하여야 합니다.'),
  openTime,
  closeTime,
  amenities: z.array(amenity).max(amenityKeys.length).transform((a) => [...new Set(a)]),
  packages: z.array(packageInput).max(10, '패키지는 10개까지 만들 수 있습니다.'),
  cancellationPolicy,
  bufferMinutes: z
    .number({ error: '정리 시간을 숫자로 입력해 주세요.' })
    .int('정리 시간은 분 단위 정수여야 합니다.')
    .min(0, '정리 시간은 0분 이상이어야 합니다.')
    .max(240, '정리 시간은 240분 이하여야 합니다.'),
  bookingMode: z.enum(bookingModes, { error: '예약 방식은 instant(바로 확정) 또는 approval(호스트 승인)입니다.' }),
  approvalHours: z
    .number({ error: '승인 기한을 숫자로 입력해 주세요.' })
    .int('승인 기한은 시간 단위 정수여야 합니다.')
    .min(1, '승인 기한은 1시간 이상이어야 합니다.')
    .max(72, '승인 기한은 72시간 이하여야 합니다.'),
};

type HoursInput = { openTime?: number; closeTime?: number; minHours?: number; packages?: { startTime: number; endTime: number }[] };

/** Opening hours must fit the minimum stay and every package; each problem names the field to fix. */
export function hoursProblems(v: HoursInput): { path: (string | number)[]; message: string }[] {
  if (v.openTime === undefined || v.closeTime === undefined) return [];
  if (v.openTime >= v.closeTime) return [{ path: ['closeTime'], message: '닫는 시간은 여는 시간보다 늦어야 합니다.' }];
  const problems: { path: (string | number)[]; message: string }[] = [];
  if (v.minHours !== undefined && v.closeTime - v.openTime < v.minHours) problems.push({ path: ['minHours'], message: '최소 이용 시간이 영업시간보다 깁니다.' });
  v.packages?.forEach((p, i) => {
    if (p.startTime < v.openTime! || p.endTime > v.closeTime!) problems.push({ path: ['packages', i, 'startTime'], message: '패키지는 영업시간 안에 있어야 합니다.' });
  });
  return problems;
}

const checkHours = (v: HoursInput, ctx: z.RefinementCtx) => hoursProblems(v).forEach((p) => ctx.addIssue({ code: 'custom', ...p }));

export const createSpaceBody = z
  .object({ ...spaceFields, amenities: spaceFields.amenities.default([]), packages: spaceFields.packages.default([]), bufferMinutes: spaceFields.bufferMinutes.default(0), weekendPricePerHour: spaceFields.weekendPricePerHour.default(null), holidayPricePerHour: spaceFields.holidayPricePerHour.default(null), bookingMode: spaceFields.bookingMode.default('instant'), approvalHours: spaceFields.approvalHours.default(24) })
  .superRefine(checkHours);
export type CreateSpaceInput = z.infer<typeof createSpaceBody>;

/** Partial; the combined hours are checked against the stored space in the domain. */
export const updateSpaceBody = z
  .object(spaceFields)
  .partial()
  .extend({ status: z.enum(['active', 'paused'], { error: '상태는 active 또는 paused입니다.' }).optional() })
  .strict();
export type UpdateSpaceInput = z.infer<typeof updateSpaceBody>;

export const spaceIdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

export const spaceSorts = ['price_asc', 'price_desc', 'newest', 'rating', 'popular', 'distance'] as const;

const commaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(item).max(20));

export const listSpacesQuery = z
  .object({
    type: spaceType.optional(),
    sigungu: z.string().regex(/^\d{5}$/, '시군구 코드는 숫자 5자리입니다.').optional(),
    near: z
      .string()
      .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, 'near는 "위도,경도" 형식입니다.')
      .transform((s) => s.split(',').map(Number) as [number, number])
      .refine(([lat, lng]) => Math.abs(lat) <= 90 && Math.abs(lng) <= 180, '좌표가 올바르지 않습니다.')
      .optional(),
    radiusKm: z.coerce.number().positive('반경은 0보다 커야 합니다.').max(100, '반경은 100km 이하여야 합니다.').default(3),
    date: calendarDate.optional(),
    start: openTime.optional(),
    end: closeTime.optional(),
    people: z.coerce.number().int().min(1).max(1000).optional(),
    q: z.string().trim().min(1).max(50, '검색어가 너무 깁니다.').optional(),
    minPrice: z.coerce.number().int().min(0).max(10_000_000).optional(),
    maxPrice: z.coerce.number().int().min(0).max(10_000_000).optional(),
    amenities: commaList(amenity).optional(),
    sort: z.enum(spaceSorts, { error: `정렬은 ${spaceSorts.join(', ')} 중 하나입니다.` }).default('newest'),
    liked: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    ...pageQuery,
  })
  .superRefine((v, ctx) => {
    // A date alone asks for any free stretch that day; hours need the date and both ends.
    if ((v.start !== undefined || v.end !== undefined) && (v.date === undefined || v.start === undefined || v.end === undefined))
      ctx.addIssue({ code: 'custom', path: [v.date === undefined ? 'date' : v.start === undefined ? 'start' : 'end'], message: '시간으로 찾으려면 날짜, 시작, 끝 시간을 모두 골라 주세요.' });
    if (v.sort === 'distance' && !v.near) ctx.addIssue({ code: 'custom', path: ['sort'], message: '거리순은 위치(near)가 있어야 합니다.' });
    if (v.start !== undefined && v.end !== undefined && v.start >= v.end)
      ctx.addIssue({ code: 'custom', path: ['end'], message: '끝 시간은 시작 시간보다 늦어야 합니다.' });
    if (v.minPrice !== undefined && v.maxPrice !== undefined && v.minPrice > v.maxPrice)
      ctx.addIssue({ code: 'custom', path: ['maxPrice'], message: '최고 가격은 최저 가격 이상이어야 합니다.' });
  });
export type ListSpacesQuery = z.infer<typeof listSpacesQuery>;

export const spacePackage = z.object({ id: z.number().int(), name: z.string(), startTime: z.string(), endTime: z.string(), price: z.number().int() });

export const spaceImage = z.object({ id: z.number().int(), url: z.string(), thumbnailUrl: z.string(), position: z.number().int() });
export type SpaceImageView = z.infer<typeof spaceImage>;
export const spaceImageList = z.object({ items: z.array(spaceImage) });
export const spaceImageParams = spaceIdParams.extend({ imageId: z.coerce.number().int().positive().max(2_147_483_647) });
export const reorderImagesBody = z.object({
  imageIds: z.array(z.number({ error: '사진 id는 숫자여야 합니다.' }).int().positive(), { error: '사진 id 목록을 보내 주세요.' }).max(10, '사진은 10장까지입니다.'),
});

export const space = z.object({
  id: z.number().int(),
  // The same examples as the body's fields, for /docs.
  title: z.string().meta(spaceFields.title.meta()!),
  type: spaceType,
  description: z.string().meta(spaceFields.description.meta()!),
  address: z.string().meta(spaceFields.address.meta()!),
  neighbourhoodCode: z.string().meta({ examples: ['1144066000'] }),
  neighbourhood: neighbourhoodRef,
  lat: z.number(),
  lng: z.number(),
  capacity: z.number().int(),
  pricePerHour: z.number().int(),
  weekendPricePerHour: z.number().int().nullable(),
  holidayPricePerHour: z.number().int().nullable(),
  minHours: z.number().int(),
  openTime: z.string(),
  closeTime: z.string(),
  amenities: z.array(amenity),
  packages: z.array(spacePackage),
  cancellationPolicy,
  /** Minutes kept free after every booking; a booking's held time runs until its end plus these. */
  bufferMinutes: z.number().int(),
  /** approval: a paid booking is `requested` until the host accepts (or it expires after approvalHours). */
  bookingMode: z.enum(bookingModes),
  approvalHours: z.number().int(),
  status: z.enum(['active', 'paused']),
  host: userRef,
  /** In gallery order; the first is the card's thumbnail. */
  images: z.array(spaceImage),
  /** The reviews' average rounded to one decimal; null until the first review. */
  rating: z.number().nullable(),
  reviewCount: z.number().int(),
  likeCount: z.number().int(),
  isLiked: z.boolean(),
  distanceKm: z.number().optional(),
  /** Set when reports or an admin hid it: only its author still sees it (marked "신고로 숨겨졌어요"). */
  hiddenAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type SpaceView = z.infer<typeof space>;

export const spacePage = z.object({ items: z.array(space), page: pageInfoSchema });

export const availabilityQuery = z.object({ date: calendarDate });
export const availability = z.object({
  date: z.string(),
  openTime: z.string(),
  closeTime: z.string(),
    /** What kind of day it is for pricing (Korean public holidays by the official gazette) and its names. */
  dayKind: z.enum(['weekday', 'weekend', 'holiday']),
  holidayNames: z.array(z.string()),
  /** The hourly price that day: what a booking of these hours is charged. */
  pricePerHour: z.number().int(),
  hours: z.array(z.object({ hour: z.number().int(), startsAt: z.iso.datetime(), endsAt: z.iso.datetime(), available: z.boolean(), reason: z.enum(['free', 'booked', 'blocked', 'past', 'paused']), price: z.number().int() })),
});

export const likeResult = z.object({ liked: z.boolean(), likeCount: z.number().int() });

/** Optional on purpose: a missing key is the same 404 as a wrong one, not a 400 that confirms the feed. */
export const calendarFeedQuery = z.object({ key: z.string().max(200).optional() });
export const calendarKey = z.object({ key: z.string() });

import { reservationStatuses } from '@/db/constants/spaces';
import { z } from '@/lib/core/zod';
import { pageInfoSchema, pageQuery } from '@/lib/core/pagination';
import { bodyInstant, calendarDate } from '@/lib/core/dates';
import { userRef } from '@/lib/accounts/user-ref';
import { paymentRef } from '@/lib/payments/schema';

const id = z.number({ error: '번호를 숫자로 입력해 주세요.' }).int().positive().max(2_147_483_647);

/**
 * By the hour `{spaceId, startsAt, endsAt, people}` or by a package `{spaceId, date, packageId, people}`,
 * with the booker's details for the host.
 */
export const createReservationBody = z
  .object({
    spaceId: id,
    startsAt: bodyInstant('시작 시각').optional(),
    endsAt: bodyInstant('끝 시각', '2026-06-01T21:00:00+09:00').optional(),
    date: calendarDate.optional(),
    packageId: id.optional(),
    people: z.number({ error: '인원을 숫자로 입력해 주세요.' }).int('인원은 정수여야 합니다.').min(1, '인원은 1명 이상이어야 합니다.').max(1000, '인원이 너무 많습니다.'),
    bookerName: z.string({ error: '예약자 이름을 입력해 주세요.' }).trim().min(1, '예약자 이름을 입력해 주세요.').max(30, '예약자 이름은 30자 이하여야 합니다.').meta({ examples: ['김민지'] }),
    bookerPhone: z
      .string({ error: '연락처를 입력해 주세요.' })
      .trim()
      .regex(/^0\d{1,2}-?\d{3,4}-?\d{4}$/, '연락처를 010-1234-5678 형식으로 입력해 주세요.')
      .meta({ examples: ['010-1234-5678'] }),
    purpose: z.string().trim().max(100, '사용 목적은 100자 이하여야 합니다.').default('').meta({ examples: ['생일 파티'] }),
    requestNote: z.string().trim().max(500, '요청사항은 500자 이하여야 합니다.').default(''),
  })
  .superRefine((v, ctx) => {
    const byPackage = v.packageId !== undefined || v.date !== undefined;
    if (byPackage) {
      if (v.packageId === undefined) ctx.addIssue({ code: 'custom', path: ['packageId'], message: '패키지를 골라 주세요.' });
      if (v.date === undefined) ctx.addIssue({ code: 'custom', path: ['date'], message: '날짜를 골라 주세요.' });
      if (v.startsAt || v.endsAt) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: '패키지 예약에는 시작·끝 시각을 보내지 않습니다.' });
      return;
    }
    if (!v.startsAt) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: '시작 시각을 골라 주세요.' });
    if (!v.endsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '끝 시각을 골라 주세요.' });
  });
export type CreateReservationInput = z.infer<typeof createReservationBody>;

export const reservationIdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

export const listReservationsQuery = z.object({ ...pageQuery });

const optionalDate = calendarDate.optional();
export const hostReservationsQuery = z
  .object({
    spaceId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
    from: optionalDate,
    to: optionalDate,
    ...pageQuery,
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: '끝 날짜는 시작 날짜 이후여야 합니다.', path: ['to'] });
export type HostReservationsQuery = z.infer<typeof hostReservationsQuery>;

export const cancelReservationBody = z.object({ reason: z.string({ error: '사유는 글자로 입력해 주세요.' }).trim().max(200, '사유는 200자 이하여야 합니다.').default('') });

export const declineReservationBody = z.object({
  reason: z.string({ error: '거절 사유를 입력해 주세요.' }).trim().min(1, '거절 사유를 입력해 주세요.').max(200, '사유는 200자 이하여야 합니다.'),
});

export const reservationStatus = z.enum(reservationStatuses);

export const reservation = z.object({
  id: z.number().int(),
  spaceId: z.number().int(),
  space: z.object({ id: z.number().int(), title: z.string(), address: z.string(), hostId: z.number().int() }),
  guest: userRef,
  packageId: z.number().int().nullable(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  people: z.number().int(),
  amount: z.number().int(),
  status: reservationStatus,
  isPast: z.boolean(),
  bookerName: z.string(),
  bookerPhone: z.string(),
  purpose: z.string(),
  requestNote: z.string(),
  cancelledBy: z.enum(['guest', 'host']).nullable(),
  refundedAmount: z.number().int(),
  /** A `requested` booking's deadline: unanswered by then it expires with a full refund. */
  respondBy: z.iso.datetime().nullable(),
  /** The host's reason for declining or cancelling. */
  hostReason: z.string().nullable(),
  /** What cancelling now would do for the caller (null when it can't be cancelled). */
  cancellation: z.object({ refundAmount: z.number().int(), policy: z.string() }).nullable(),
  /** The caller is the guest, the reservation is over and has no review yet. */
  canReview: z.boolean(),
  /** The caller is the space's host, the reservation is over and the host has not reviewed the guest yet. */
  canReviewGuest: z.boolean(),
  /** The caller is the space's host, the booking was confirmed, ended less than 24 h ago and has no no-show mark yet. */
  canMarkNoShow: z.boolean(),
  payment: paymentRef.nullable(),
  createdAt: z.iso.datetime(),
  cancelledAt: z.iso.datetime().nullable(),
});
export type ReservationView = z.infer<typeof reservation>;

export const reservationPage = z.object({ items: z.array(reservation), page: pageInfoSchema });

export const createdReservation = reservation.extend({
  payment: paymentRef,
});

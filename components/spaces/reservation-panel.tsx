'use client';
import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/form-fields';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { TextField } from '@/components/ui/text-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { callEndpoint, type Unchecked } from '@/lib/http/client';
import { won } from '@/lib/payments/labels';
import { createReservationEndpoint, spaceAvailabilityEndpoint } from '@/lib/http/routes';
import type { SpaceView } from '@/lib/spaces/schema';
import { spaceRefundSchedule } from '@/lib/spaces/refund-tiers';
import { RefundScheduleList } from '@/components/payments/refund-schedule-list';

type Selection = { kind: 'hours'; start: number; end: number } | { kind: 'package'; id: number };

const reasonLabel: Record<string, string> = { booked: '예약됨', blocked: '예약 불가', past: '지난 시간', paused: '예약 중지', free: '예약 가능' };
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** Pick a date, then a run of free hours on the grid (first click starts, second click ends) or a package; then reserve and pay. */
export function ReservationPanel({ space, initialDate }: { space: SpaceView; initialDate: string }) {
  const router = useRouter();
  const [date, setDate] = useState(initialDate);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [extending, setExtending] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const errors = useFormErrors();
  const availability = useQuery({
    queryKey: ['spaces', space.id, 'availability', date],
    queryFn: ({ signal }) => callEndpoint(spaceAvailabilityEndpoint, { params: { id: space.id }, query: { date }, signal }),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(date),
  });
  const hours = availability.data?.hours ?? [];
  const free = (from: number, to: number) => hours.filter((h) => h.hour >= from && h.hour < to).every((h) => h.available);

  function pickHour(hour: number) {
    if (selection?.kind === 'hours' && extending && hour >= selection.start && free(selection.start, hour + 1)) {
      setSelection({ kind: 'hours', start: selection.start, end: hour + 1 });
      setExtending(false);
    } else {
      setSelection({ kind: 'hours', start: hour, end: hour + 1 });
      setExtending(true);
    }
  }

  const pkg = selection?.kind === 'package' ? space.packages.find((p) => p.id === selection.id) : undefined;
  const hourCount = selection?.kind === 'hours' ? selection.end - selection.start : 0;
  // The day's hourly price (weekend or public holiday prices apply), as the server will charge it.
  const dayPrice = availability.data?.pricePerHour ?? space.pricePerHour;
  const amount = pkg ? pkg.price : hourCount * dayPrice;
  const tooShort = selection?.kind === 'hours' && hourCount < space.minHours;
  const startsAt = pkg ? `${date}T${pkg.startTime}:00+09:00` : selection?.kind === 'hours' ? hours.find((h) => h.hour === selection.start)?.startsAt : undefined;

  async function reserve(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!selection) return errors.setMessage('시간을 골라 주세요.');
    const form = new FormData(e.currentTarget);
    const details = {
      people: Number(form.get('people')),
      bookerName: String(form.get('bookerName') ?? ''),
      bookerPhone: String(form.get('bookerPhone') ?? ''),
      purpose: String(form.get('purpose') ?? ''),
      requestNote: String(form.get('requestNote') ?? ''),
    };
    const slot =
      selection.kind === 'package'
        ? { date, packageId: selection.id }
        : { startsAt: hours.find((h) => h.hour === selection.start)!.startsAt, endsAt: hours.find((h) => h.hour === selection.end - 1)!.endsAt };
    errors.clear();
    setSubmitting(true);
    try {
      const body = { spaceId: space.id, ...slot, ...details };
      const created = await callEndpoint(createReservationEndpoint, { body: body as Unchecked<typeof createReservationEndpoint> });
      router.push(created.payment.checkoutUrl);
    } catch (error) {
      errors.show(error);
      setSubmitting(false);
      void availability.refetch();
    }
  }

  return (
    <form onSubmit={reserve} className="flex flex-col gap-4" aria-label="예약하기" noValidate>
      <TextField
        label="날짜"
        type="date"
        name="date"
        value={date}
        onChange={(e) => {
          setDate(e.target.value);
          setSelection(null);
        }}
        errors={errors.fields.date}
      />
      {space.packages.length > 0 && (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium text-stone-800">패키지</legend>
          {space.packages.map((p) => (
            <label key={p.id} className="flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 px-3 text-sm">
              <input type="radio" name="package" checked={selection?.kind === 'package' && selection.id === p.id} onChange={() => setSelection({ kind: 'package', id: p.id })} />
              {p.name} {p.startTime}~{p.endTime} · {won(p.price)}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-stone-800">시간 (시작 시간을 누르고 끝 시간을 누르세요)</legend>
        {availability.isPending && availability.fetchStatus !== 'idle' ? (
          <LoadingState label="예약 현황을 불러오는 중" />
        ) : availability.isError ? (
          <ErrorState message={availability.error.message} onRetry={() => void availability.refetch()} retrying={availability.isFetching} />
        ) : (
          <>
          {availability.data && (
            <p className="mb-2 text-sm text-stone-700" data-testid="day-price">
              {availability.data.dayKind === 'holiday' ? `공휴일(${availability.data.holidayNames.join(', ')})` : availability.data.dayKind === 'weekend' ? '주말' : '평일'} 요금 · 시간당{' '}
              <strong>{won(availability.data.pricePerHour)}</strong>
            </p>
          )}
          <ul className="grid grid-cols-4 gap-2" aria-label="시간표">
            {hours.map((h) => {
              const chosen = selection?.kind === 'hours' && h.hour >= selection.start && h.hour < selection.end;
              return (
                <li key={h.hour}>
                  <button
                    type="button"
                    disabled={!h.available}
                    aria-pressed={chosen}
                    aria-label={`${hh(h.hour)}~${hh(h.hour + 1)} ${reasonLabel[h.reason] ?? ''}`}
                    onClick={() => pickHour(h.hour)}
                    className={`min-h-11 w-full rounded-lg border text-sm font-semibold ${
                      chosen ? 'border-brand-700 bg-brand-700 text-white' : h.available ? 'border-stone-300 bg-white hover:bg-stone-100' : 'border-stone-200 bg-stone-100 text-stone-500 line-through'
                    }`}
                  >
                    {hh(h.hour)}
                  </button>
                </li>
              );
            })}
          </ul>
          </>
        )}
        {errors.fields.startsAt && <p className="mt-1 text-sm text-red-700">{errors.fields.startsAt.join(' ')}</p>}
        {errors.fields.endsAt && <p className="mt-1 text-sm text-red-700">{errors.fields.endsAt.join(' ')}</p>}
      </fieldset>
      <TextField label="인원" name="people" type="number" min={1} max={space.capacity} defaultValue={1} inputMode="numeric" errors={errors.fields.people} />
      <TextField label="예약자 이름" name="bookerName" autoComplete="name" errors={errors.fields.bookerName} />
      <TextField label="연락처" name="bookerPhone" type="tel" autoComplete="tel" placeholder="010-1234-5678" errors={errors.fields.bookerPhone} />
      <TextField label="사용 목적" name="purpose" placeholder="예: 스터디, 생일 파티" errors={errors.fields.purpose} />
      <TextareaField label="호스트에게 요청사항" name="requestNote" rows={3} errors={errors.fields.requestNote} />
      <div className="rounded-lg bg-stone-50 p-3 text-sm" aria-live="polite" data-testid="price-summary">
        {!selection ? (
          '시간이나 패키지를 고르면 금액이 보여요.'
        ) : pkg ? (
          <>
            {pkg.name} ({pkg.startTime}~{pkg.endTime}) · <strong>{won(amount)}</strong>
          </>
        ) : (
          <>
            {hh(selection.kind === 'hours' ? selection.start : 0)}~{hh(selection.kind === 'hours' ? selection.end : 0)} · {hourCount}시간 × {won(dayPrice)} ={' '}
            <strong>{won(amount)}</strong>
            {tooShort && <span className="block text-red-700">최소 {space.minHours}시간 이상 예약해야 합니다.</span>}
          </>
        )}
      </div>
      {startsAt && amount > 0 && <RefundScheduleList steps={spaceRefundSchedule(space.cancellationPolicy, amount, new Date(startsAt))} />}
      {errors.message && <Alert>{errors.message}</Alert>}
      <Button type="submit" loading={submitting} disabled={!selection || tooShort}>
        {selection ? `${won(amount)} 예약하고 결제하기` : '예약하기'}
      </Button>
    </form>
  );
}

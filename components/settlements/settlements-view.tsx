'use client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Modal } from '@/components/ui/modal';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { TextField } from '@/components/ui/text-field';
import { fullDateTime } from '@/lib/core/seoul-time';
import { ApiError, callEndpoint } from '@/lib/http/client';
import { requestPayoutEndpoint, settlementsEndpoint } from '@/lib/http/routes';
import { settlementKindLabels, signedWon, subjectLink, won } from '@/lib/settlements/labels';
import type { PayoutView } from '@/lib/settlements/schema';

const PAGE_SIZE = 20;

/** 정산 내역: what the user can withdraw, what is on its way, and every entry behind it. */
export function SettlementsView() {
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['settlements', page],
    queryFn: ({ signal }) => callEndpoint(settlementsEndpoint, { query: { page, size: PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
  if (query.isPending) return <LoadingState label="정산 내역을 불러오는 중…" />;
  if (query.isError) return <ErrorState message={query.error.message} onRetry={() => query.refetch()} retrying={query.isFetching} />;
  const { balance, pendingPayout, items, page: info } = query.data;
  const available = Math.max(0, balance - pendingPayout);
  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby="balance-title" className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
        <h2 id="balance-title" className="text-sm font-medium text-stone-600">
          정산 잔액
        </h2>
        <p className="mt-1 text-3xl font-extrabold tracking-tight" data-testid="settlement-balance">
          {won(balance)}
        </p>
        {pendingPayout > 0 ? (
          <p className="mt-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="pending-payout">
            {won(pendingPayout)} 출금을 기다리고 있어요. 관리자가 확인하면 보내 드리고 알려 드릴게요.
          </p>
        ) : (
          <p className="mt-2 text-sm text-stone-600">지금 출금할 수 있는 금액은 {won(available)}이에요.</p>
        )}
      </section>

      <PayoutForm available={available} pending={pendingPayout > 0} />

      <section aria-labelledby="entries-title" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="entries-title" className="text-lg font-bold">
            내역
          </h2>
          {/* A plain link: the browser downloads the file with the session cookie. */}
          <a href="/api/settlements/export.csv" download className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-sm font-semibold text-stone-800 hover:bg-stone-100">
            CSV 내려받기
          </a>
        </div>
        {items.length === 0 ? (
          <p className="rounded-xl border border-dashed border-stone-300 p-6 text-center text-stone-600">
            아직 정산 내역이 없어요. 함께 주문을 배달 완료하거나 유료 경기·공간 예약이 결제되면 여기에 쌓여요.
          </p>
        ) : (
          <ul className="flex flex-col divide-y divide-stone-100 rounded-2xl border border-stone-200 bg-white" aria-label="정산 항목">
            {items.map((e) => {
              const link = subjectLink(e.subjectType, e.subjectId);
              return (
                <li key={e.id} className="flex items-start justify-between gap-3 p-4" data-testid="settlement-entry">
                  <div className="min-w-0">
                    <p className="font-semibold">{settlementKindLabels[e.kind]}</p>
                    {e.memo && <p className="truncate text-sm text-stone-700">{link ? <Link href={link} className="underline decoration-stone-300 hover:text-brand-800">{e.memo}</Link> : e.memo}</p>}
                    <p className="text-xs text-stone-500">{fullDateTime(e.createdAt)}</p>
                  </div>
                  <p className={`shrink-0 text-right font-bold tabular-nums ${e.amount > 0 ? 'text-brand-800' : 'text-stone-800'}`}>{signedWon(e.amount)}</p>
                </li>
              );
            })}
          </ul>
        )}
        {info.totalPages > 1 && (
          <nav aria-label="페이지" className="flex items-center justify-between gap-2">
            <Button variant="secondary" disabled={!info.prev || query.isFetching} onClick={() => info.prev && setPage(info.prev)}>
              이전
            </Button>
            <span className="text-sm text-stone-600" aria-live="polite">
              {info.current} / {info.totalPages}
            </span>
            <Button variant="secondary" disabled={!info.next || query.isFetching} onClick={() => info.next && setPage(info.next)}>
              다음
            </Button>
          </nav>
        )}
      </section>
    </div>
  );
}

const parseWon = (text: string) => {
  const digits = text.replaceAll(',', '').replaceAll('원', '').trim();
  return /^\d+$/.test(digits) ? Number(digits) : NaN;
};

/**
 * The amount, then a confirmation naming it, then the request (POST /api/settlements/payouts).
 * `refresh` re-renders a server page (the host's earnings) once the request is in.
 */
export function PayoutForm({ available, pending, refresh = false }: { available: number; pending: boolean; refresh?: boolean }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const [done, setDone] = useState<PayoutView | null>(null);
  const amount = parseWon(text);
  const run = useMutation({
    mutationFn: () => callEndpoint(requestPayoutEndpoint, { body: { amount } }),
    onSuccess: async (payout) => {
      setDone(payout);
      setText('');
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: ['settlements'] });
      if (refresh) router.refresh();
    },
    onError: () => setConfirming(false),
  });
  const serverErrors = run.error instanceof ApiError ? run.error.fieldErrors().amount : undefined;
  const errors = localError ? [localError] : serverErrors;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    run.reset();
    if (!Number.isInteger(amount) || amount < 1) return setLocalError('출금할 금액을 1원 이상 숫자로 적어 주세요.');
    if (amount > available) return setLocalError(available > 0 ? `최대 ${won(available)}까지 출금할 수 있어요.` : '출금할 수 있는 금액이 없어요.');
    setLocalError(null);
    setConfirming(true);
  };
  const disabled = pending || available < 1;
  return (
    <section aria-labelledby="payout-title" className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
      <h2 id="payout-title" className="mb-3 text-lg font-bold">
        출금 요청
      </h2>
      {done && <Alert tone="success">{won(done.amount)} 출금을 요청했어요. 보내 드리면 알림으로 알려 드릴게요.</Alert>}
      {run.isError && !serverErrors && <Alert>{run.error.message}</Alert>}
      <form onSubmit={submit} className="mt-2 flex flex-col gap-3" noValidate>
        <TextField
          label="출금할 금액 (원)"
          inputMode="numeric"
          autoComplete="off"
          placeholder={available > 0 ? available.toLocaleString('ko-KR') : '0'}
          value={text}
          onChange={(e) => setText(e.target.value)}
          disabled={disabled}
          errors={errors}
          hint={pending ? '기다리고 있는 출금이 처리된 뒤에 다시 요청할 수 있어요.' : `출금 가능 ${won(available)} · 한 번에 하나씩 요청할 수 있어요.`}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" disabled={disabled} onClick={() => setText(String(available))}>
            전액
          </Button>
          <Button type="submit" disabled={disabled} className="flex-1">
            출금 요청하기
          </Button>
        </div>
      </form>
      <Modal open={confirming} onClose={() => setConfirming(false)} title="출금을 요청할까요?">
        <div className="flex flex-col gap-4">
          <p className="text-2xl font-extrabold" data-testid="payout-confirm-amount">
            {Number.isInteger(amount) ? won(amount) : ''}
          </p>
          <p className="text-sm text-stone-700">
            관리자가 확인한 뒤 보내 드려요. 보내기 전까지는 잔액에 그대로 남아 있고, 보낸 뒤에 잔액에서 빠져요.
          </p>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              취소
            </Button>
            <Button type="button" loading={run.isPending} onClick={() => run.mutate()}>
              요청하기
            </Button>
          </div>
        </div>
      </Modal>
    </section>
  );
}

'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/form-fields';
import { Modal } from '@/components/ui/modal';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { TextField } from '@/components/ui/text-field';
import { callEndpoint } from '@/lib/http/client';
import { adminPayoutsEndpoint, markPayoutPaidEndpoint, rejectPayoutEndpoint } from '@/lib/http/routes';
import { payoutStatusLabels, won } from '@/lib/settlements/labels';
import { useAdminDecision } from './use-admin-decision';
import type { AdminPayoutView } from '@/lib/settlements/schema';
import { seoulDateTime } from './labels';
import { Pager } from './pager';

const filters = { requested: '대기', paid: '지급 완료', rejected: '거절', all: '전체' } as const;
type Filter = keyof typeof filters;
type Decision = { payout: AdminPayoutView; kind: 'paid' | 'reject' };

/** Payout requests, oldest waiting first: send the money, then mark it paid (or reject with a reason). */
export function PayoutQueue() {
  const [status, setStatus] = useState<Filter>('requested');
  const [page, setPage] = useState(1);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const query = useQuery({
    queryKey: ['admin', 'payouts', status, page],
    queryFn: ({ signal }) => callEndpoint(adminPayoutsEndpoint, { query: { status, page, size: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <div className="flex flex-col gap-3">
      <div role="group" aria-label="출금 상태" className="flex flex-wrap gap-1.5">
        {(Object.entries(filters) as [Filter, string][]).map(([key, label]) => (
          <button
            key={key}
            type="button"
            aria-pressed={key === status}
            onClick={() => {
              setStatus(key);
              setPage(1);
            }}
            className={`min-h-9 rounded-full border px-3 text-sm font-medium ${key === status ? 'border-brand-700 bg-brand-50 text-brand-800' : 'border-stone-300 text-stone-700 hover:bg-stone-100'}`}
          >
            {label}
          </button>
        ))}
      </div>
      {query.isPending ? (
        <LoadingState label="출금 요청을 불러오는 중…" />
      ) : query.isError ? (
        <ErrorState message={query.error.message} onRetry={() => query.refetch()} retrying={query.isFetching} />
      ) : !query.data.items.length ? (
        <p className="rounded-xl border border-dashed border-stone-300 p-6 text-center text-stone-600">{status === 'requested' ? '기다리는 출금 요청이 없어요.' : '출금 요청이 없어요.'}</p>
      ) : (
        <>
          <ul className="flex flex-col gap-2" aria-label="출금 요청">
            {query.data.items.map((p) => (
              <li key={p.id} className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-3 text-sm" data-testid="payout-request">
                <div className="flex items-start justify-between gap-2">
                  <div>
                    <p className="text-lg font-bold">{won(p.amount)}</p>
                    <p>
                      <span className="font-semibold">{p.user.username}</span> · 잔액 {won(p.balance)}
                      {p.status === 'requested' && p.balance < p.amount && <span className="ml-1 font-semibold text-red-700">(잔액 부족)</span>}
                    </p>
                    <p className="text-xs text-stone-500">
                      요청 {seoulDateTime(p.requestedAt)}
                      {p.paidAt && ` · 지급 ${seoulDateTime(p.paidAt)}${p.paidBy ? ` (${p.paidBy.username})` : ''}`}
                      {p.rejectedAt && ` · 거절 ${seoulDateTime(p.rejectedAt)}`}
                    </p>
                    {p.rejectReason && <p className="text-stone-700">사유: {p.rejectReason}</p>}
                  </div>
                  <span className="shrink-0 rounded-full bg-stone-100 px-2 py-1 text-xs font-semibold text-stone-800">{payoutStatusLabels[p.status]}</span>
                </div>
                {p.status === 'requested' && (
                  <div className="flex flex-wrap gap-1.5">
                    <Button className="min-h-9 text-sm" onClick={() => setDeciding({ payout: p, kind: 'paid' })}>
                      지급 완료로 표시
                    </Button>
                    <Button variant="secondary" className="min-h-9 text-sm" onClick={() => setDeciding({ payout: p, kind: 'reject' })}>
                      거절
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          <Pager page={query.data.page} onChange={setPage} busy={query.isFetching} />
        </>
      )}
      {deciding && <DecisionDialog decision={deciding} onClose={() => setDeciding(null)} />}
    </div>
  );
}

function DecisionDialog({ decision: { payout, kind }, onClose }: { decision: Decision; onClose: () => void }) {
  const [text, setText] = useState('');
  const { run, errors, submit } = useAdminDecision(
    () =>
      kind === 'paid'
        ? callEndpoint(markPayoutPaidEndpoint, { params: { id: payout.id }, body: { memo: text } })
        : callEndpoint(rejectPayoutEndpoint, { params: { id: payout.id }, body: { reason: text } }),
    onClose,
  );
  const title = kind === 'paid' ? `${payout.user.username}님에게 ${won(payout.amount)}을 보냈나요?` : `${payout.user.username}님의 ${won(payout.amount)} 출금을 거절할까요?`;
  return (
    <Modal open onClose={onClose} title={title}>
      <form onSubmit={submit} className="flex flex-col gap-3">
        {kind === 'paid' ? (
          <>
            <p className="text-sm text-stone-700">돈을 보낸 뒤에 표시하세요. 사용자의 잔액에서 {won(payout.amount)}이 빠지고 알림이 가요. 되돌릴 수 없어요.</p>
            <TextField label="메모 (선택, 사용자의 내역에 보여요)" value={text} onChange={(e) => setText(e.target.value)} maxLength={200} errors={errors.memo} />
          </>
        ) : (
          <TextareaField label="거절 사유 (사용자에게 알려요)" value={text} onChange={(e) => setText(e.target.value)} required maxLength={500} rows={3} errors={errors.reason} />
        )}
        {run.isError && !errors.memo && !errors.reason && <Alert>{run.error.message}</Alert>}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            취소
          </Button>
          <Button type="submit" variant={kind === 'paid' ? 'primary' : 'danger'} loading={run.isPending}>
            {kind === 'paid' ? '지급 완료' : '거절'}
          </Button>
        </div>
      </form>
    </Modal>
  );
}

'use client';
import { useQuery } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/form-fields';
import { Modal } from '@/components/ui/modal';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import type { NoShowDecision } from '@/db/constants/trust';
import { callEndpoint } from '@/lib/http/client';
import { decideNoShowEndpoint, noShowDisputesEndpoint } from '@/lib/http/routes';
import type { NoShowView } from '@/lib/trust/schema';
import { seoulDateTime } from './labels';
import { useAdminDecision } from './use-admin-decision';

const subjectLabels = { game: '운동 모임', reservation: '공간 예약' } as const;
type Deciding = { noShow: NoShowView; decision: NoShowDecision };

/** Disputed no-shows, oldest dispute first: accept (the mark is void, the temperature recovers) or reject, with a reason for the audit log. */
export function NoShowDisputes() {
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const query = useQuery({ queryKey: ['admin', 'no-shows'], queryFn: ({ signal }) => callEndpoint(noShowDisputesEndpoint, { signal }) });
  return (
    <div className="flex flex-col gap-3">
      {query.isPending ? (
        <LoadingState label="노쇼 이의 제기를 불러오는 중…" />
      ) : query.isError ? (
        <ErrorState message={query.error.message} onRetry={() => query.refetch()} retrying={query.isFetching} />
      ) : !query.data.items.length ? (
        <p className="rounded-xl border border-dashed border-stone-300 p-6 text-center text-stone-600">기다리는 노쇼 이의 제기가 없어요.</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label="노쇼 이의 제기">
          {query.data.items.map((n) => (
            <li key={n.id} className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-3 text-sm" data-testid="no-show-dispute">
              <p>
                <Link href={`/users/${n.user.id}`} className="font-semibold underline">
                  {n.user.username}
                </Link>{' '}
                · {subjectLabels[n.subjectType]} #{n.subjectId}
              </p>
              <p className="text-xs text-stone-500">
                노쇼 표시 {seoulDateTime(n.markedAt)}
                {n.disputedAt && ` · 이의 제기 ${seoulDateTime(n.disputedAt)}`}
              </p>
              <p className="whitespace-pre-wrap rounded-lg bg-stone-50 p-2 text-stone-800">{n.disputeText}</p>
              <div className="flex flex-wrap gap-1.5">
                <Button className="min-h-9 text-sm" onClick={() => setDeciding({ noShow: n, decision: 'accepted' })} aria-label={`${n.user.username} 이의 인정`}>
                  이의 인정
                </Button>
                <Button variant="secondary" className="min-h-9 text-sm" onClick={() => setDeciding({ noShow: n, decision: 'rejected' })} aria-label={`${n.user.username} 이의 기각`}>
                  기각
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {deciding && <DecisionDialog deciding={deciding} onClose={() => setDeciding(null)} />}
    </div>
  );
}

function DecisionDialog({ deciding: { noShow, decision }, onClose }: { deciding: Deciding; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const { run, errors, submit } = useAdminDecision(() => callEndpoint(decideNoShowEndpoint, { params: { id: noShow.id }, body: { decision, reason } }), onClose);
  const accepted = decision === 'accepted';
  return (
    <Modal open onClose={onClose} title={accepted ? `${noShow.user.username}님의 이의를 인정할까요?` : `${noShow.user.username}님의 이의를 기각할까요?`}>
      <form onSubmit={submit} className="flex flex-col gap-3">
        <p className="text-sm text-stone-700">
          {accepted ? '노쇼 표시가 무효가 되고 매너 온도가 돌아와요.' : '노쇼 표시가 그대로 남아요.'} 결정은 감사 기록에 남고 되돌릴 수 없어요.
        </p>
        <TextareaField label="사유 (감사 기록에 남아요)" value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} rows={3} errors={errors.reason} />
        {run.isError && !errors.reason && <Alert>{run.error.message}</Alert>}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            취소
          </Button>
          <Button type="submit" variant={accepted ? 'primary' : 'danger'} loading={run.isPending}>
            {accepted ? '인정' : '기각'}
          </Button>
        </div>
      </form>
    </Modal>
  );
}

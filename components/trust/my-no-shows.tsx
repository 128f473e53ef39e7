'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/form-fields';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { ApiError, callEndpoint } from '@/lib/http/client';
import { disputeNoShowEndpoint, myNoShowsEndpoint } from '@/lib/http/routes';
import type { NoShowView } from '@/lib/trust/schema';

const seoulDate = new Intl.DateTimeFormat('ko-KR', { month: 'long', day: 'numeric', timeZone: 'Asia/Seoul' });
const key = ['trust', 'no-shows', 'mine'];

function status(n: NoShowView) {
  if (n.decision === 'accepted') return '이의가 받아들여져 취소됐어요';
  if (n.decision === 'rejected') return '이의가 받아들여지지 않았어요';
  if (n.disputedAt) return '이의 제기를 검토하고 있어요';
  return null;
}

function DisputeForm({ id }: { id: number }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const dispute = useMutation({
    mutationFn: (text: string) => callEndpoint(disputeNoShowEndpoint, { params: { id }, body: { text } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  if (!open) {
    return (
      <Button variant="secondary" className="self-start" onClick={() => setOpen(true)}>
        이의 제기
      </Button>
    );
  }
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    dispute.mutate(String(new FormData(e.currentTarget).get('text') ?? ''));
  };
  const error = dispute.error instanceof ApiError ? dispute.error : null;
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" noValidate>
      {dispute.error && <Alert>{error?.message ?? '보내지 못했어요. 잠시 후 다시 시도해 주세요.'}</Alert>}
      <TextareaField label="이의 제기 내용" id={`dispute-${id}`} name="text" rows={3} maxLength={1000} hint="한 번만 제기할 수 있어요." errors={error?.fieldErrors().text} />
      <Button type="submit" className="self-start" loading={dispute.isPending}>
        이의 보내기
      </Button>
    </form>
  );
}

/** On my own profile: the no-shows hosts marked on me, each with its state or the dispute button. */
export function MyNoShows() {
  const query = useQuery({ queryKey: key, queryFn: () => callEndpoint(myNoShowsEndpoint) });
  if (query.isPending) return <LoadingState label="노쇼 기록을 불러오는 중…" />;
  if (query.isError) return <ErrorState message="노쇼 기록을 불러오지 못했어요." onRetry={() => query.refetch()} retrying={query.isFetching} />;
  if (!query.data.items.length) return null;
  return (
    <section aria-label="노쇼 기록" className="mt-4 flex flex-col gap-3 rounded-lg border border-amber-200 bg-amber-50 p-3" data-testid="my-no-shows">
      <h2 className="text-sm font-semibold text-amber-900">노쇼 기록 (나만 볼 수 있어요)</h2>
      {query.data.items.map((n) => (
        <div key={n.id} className="flex flex-col gap-2 text-sm text-amber-900" data-testid="no-show">
          <p>
            {seoulDate.format(new Date(n.markedAt))} {n.subjectType === 'game' ? '운동 모임' : '공간 예약'}에서 노쇼로 표시됐어요.
          </p>
          {status(n) ? <p className="font-semibold">{status(n)}</p> : <DisputeForm id={n.id} />}
        </div>
      ))}
    </section>
  );
}

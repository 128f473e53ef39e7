'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { TextField } from '@/components/ui/text-field';
import { useAction } from '@/components/ui/use-action';
import { useFormSubmit } from '@/components/ui/use-form-submit';
import { callEndpoint, type Unchecked } from '@/lib/http/client';
import { createSpaceBlockEndpoint, deleteSpaceBlockEndpoint, listSpaceBlocksEndpoint } from '@/lib/http/routes';

const when = (iso: string) =>
  new Intl.DateTimeFormat('ko-KR', { timeZone: 'Asia/Seoul', month: 'long', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
/** A Seoul wall-clock time from the date and time inputs, as the API takes it. */
const instant = (date: string, time: string) => (date && time ? `${date}T${time}:00+09:00` : '');

/** The host closes times of a space (cleaning, private use): guests see them as 예약 불가 on the hour grid. */
export function SpaceBlocks({ spaceId, today }: { spaceId: number; today: string }) {
  const queryClient = useQueryClient();
  const key = ['spaces', spaceId, 'blocks'];
  const blocks = useQuery({ queryKey: key, queryFn: ({ signal }) => callEndpoint(listSpaceBlocksEndpoint, { params: { id: spaceId }, signal }) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['spaces', spaceId] });
  const [removing, setRemoving] = useState<number | null>(null);
  const add = useFormSubmit(
    (form) =>
      callEndpoint(createSpaceBlockEndpoint, {
        params: { id: spaceId },
        body: { startsAt: instant(form.text('date'), form.text('start')), endsAt: instant(form.text('date'), form.text('end')), reason: form.text('reason') } as Unchecked<typeof createSpaceBlockEndpoint>,
      }),
    { onSuccess: async (_, form) => { form.element.reset(); await refresh(); } },
  );
  const remove = useAction(async (blockId: number) => {
    setRemoving(blockId);
    await callEndpoint(deleteSpaceBlockEndpoint, { params: { id: spaceId, blockId } }).finally(() => setRemoving(null));
    await refresh();
  }, { fallback: '풀지 못했습니다.' });
  const f = add.errors.fields;

  return (
    <div className="flex flex-col gap-3">
      {blocks.isPending ? (
        <LoadingState label="막아 둔 시간을 불러오는 중" />
      ) : blocks.isError ? (
        <ErrorState message={blocks.error.message} onRetry={() => void blocks.refetch()} retrying={blocks.isFetching} />
      ) : blocks.data.items.length === 0 ? (
        <p className="text-sm text-stone-600">막아 둔 시간이 없습니다.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-100" aria-label="막아 둔 시간">
          {blocks.data.items.map((b) => (
            <li key={b.id} className="flex items-center justify-between gap-2 py-2" data-testid="space-block">
              <span className="text-sm">
                {when(b.startsAt)} ~ {when(b.endsAt)}
                {b.reason && <span className="text-stone-600"> · {b.reason}</span>}
              </span>
              <Button variant="secondary" loading={removing === b.id} onClick={() => void remove.run(b.id)} aria-label={`${when(b.startsAt)} 차단 풀기`}>
                풀기
              </Button>
            </li>
          ))}
        </ul>
      )}
      {remove.error && <Alert>{remove.error}</Alert>}
      <form onSubmit={add.onSubmit} className="flex flex-col gap-2" aria-label="시간 막기" noValidate>
        <TextField label="날짜" name="date" type="date" min={today} defaultValue={today} required />
        <div className="grid grid-cols-2 gap-2">
          <TextField label="시작" name="start" type="time" step={600} required errors={f.startsAt} />
          <TextField label="끝" name="end" type="time" step={600} required errors={f.endsAt} />
        </div>
        <TextField label="사유 (선택)" name="reason" maxLength={100} placeholder="예: 대청소" errors={f.reason} />
        {add.errors.message && <Alert>{add.errors.message}</Alert>}
        <Button type="submit" loading={add.pending} className="self-start">
          시간 막기
        </Button>
      </form>
    </div>
  );
}

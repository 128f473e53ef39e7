'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { listBlocksEndpoint, unblockEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import { friendKeys } from './friend-keys';

export function BlockedList() {
  const queryClient = useQueryClient();
  const blocks = useQuery({
    queryKey: friendKeys.blocks,
    queryFn: ({ signal }) => callEndpoint(listBlocksEndpoint, { signal }),
  });
  if (blocks.isPending) return <LoadingState label="차단 목록을 불러오는 중…" />;
  if (blocks.isError) return <ErrorState message={blocks.error.message} onRetry={() => blocks.refetch()} retrying={blocks.isFetching} />;
  if (!blocks.data.items.length) return <p className="text-sm text-stone-600">차단한 이웃이 없어요.</p>;
  return (
    <ul className="flex flex-col gap-2" aria-label="차단한 이웃">
      {blocks.data.items.map((b) => (
        <li key={b.user.id} className="flex items-center justify-between gap-2">
          <span className="font-medium">{b.user.username}</span>
          <Button
            variant="secondary"
            className="min-h-10! px-3! text-sm!"
            onClick={async () => {
              await callEndpoint(unblockEndpoint, { params: { id: b.user.id } });
              await queryClient.invalidateQueries({ queryKey: friendKeys.all });
            }}
          >
            차단 해제
          </Button>
        </li>
      ))}
    </ul>
  );
}

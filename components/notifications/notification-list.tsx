'use client';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { RelativeTime } from '@/components/ui/relative-time';
import { listNotificationsEndpoint, markNotificationsReadEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import type { MarkReadBody, NotificationView } from '@/lib/notifications/schema';
import { notificationListKey, setUnreadCount } from './use-unread-count';


/** /notifications: newest first, more on demand; opening one marks it read. */
export function NotificationList() {
  const queryClient = useQueryClient();
  const query = useInfiniteQuery({
    queryKey: notificationListKey,
    queryFn: ({ pageParam, signal }) => callEndpoint(listNotificationsEndpoint, { query: { page: pageParam, size: 20 }, signal }),
    initialPageParam: 1,
    getNextPageParam: (last) => last.page.next ?? undefined,
  });
  const markRead = useMutation({
    mutationFn: (body: MarkReadBody) => callEndpoint(markNotificationsReadEndpoint, { body }),
    onSuccess: ({ unreadCount }) => {
      setUnreadCount(queryClient, unreadCount);
      void queryClient.invalidateQueries({ queryKey: notificationListKey });
    },
  });

  if (query.isPending) return <LoadingState label="알림을 불러오는 중" />;
  if (query.isError) return <ErrorState message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} />;

  const items = query.data.pages.flatMap((p) => p.items);
  const unread = query.data.pages[0]?.unreadCount ?? 0;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm text-stone-600" aria-live="polite">
          {unread ? `안 읽은 알림 ${unread}개` : '모두 읽었어요'}
        </p>
        <Button variant="secondary" disabled={!unread} loading={markRead.isPending && 'all' in (markRead.variables ?? {})} onClick={() => markRead.mutate({ all: true })}>
          모두 읽음
        </Button>
      </div>
      {markRead.isError && <Alert>{markRead.error.message}</Alert>}
      {items.length === 0 ? (
        <Card>
          <p className="text-stone-600">아직 알림이 없습니다. 경기 참가, 예약, 모집 소식이 여기에 모여요.</p>
        </Card>
      ) : (
        <ul className="flex flex-col gap-2" aria-label="알림 목록">
          {items.map((n) => (
            <li key={n.id}>
              <NotificationItem notification={n} onOpen={() => !n.isRead && markRead.mutate({ ids: [n.id] })} />
            </li>
          ))}
        </ul>
      )}
      {query.hasNextPage && (
        <Button variant="secondary" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          이전 알림 더 보기
        </Button>
      )}
    </div>
  );
}

function NotificationItem({ notification: n, onOpen }: { notification: NotificationView; onOpen: () => void }) {
  const content = (
    <div className="flex items-start gap-3">
      <span aria-hidden="true" className={`mt-2 h-2 w-2 shrink-0 rounded-full ${n.isRead ? 'bg-transparent' : 'bg-brand-700'}`} />
      <div className="min-w-0 flex-1">
        <p className={n.isRead ? 'text-stone-700' : 'font-semibold text-stone-900'}>
          {n.title}
          {!n.isRead && <span className="sr-only"> (안 읽음)</span>}
        </p>
        {n.body && <p className="mt-0.5 text-sm text-stone-600">{n.body}</p>}
        <RelativeTime date={n.createdAt} className="mt-1 block text-xs text-stone-500" />
      </div>
    </div>
  );
  const box = `block rounded-2xl border p-4 ${n.isRead ? 'border-stone-200 bg-white' : 'border-brand-100 bg-brand-50'}`;
  return n.link ? (
    <Link href={n.link} onClick={onOpen} className={`${box} hover:border-brand-700`} data-testid="notification">
      {content}
    </Link>
  ) : (
    <button type="button" onClick={onOpen} className={`${box} w-full text-left`} data-testid="notification">
      {content}
    </button>
  );
}

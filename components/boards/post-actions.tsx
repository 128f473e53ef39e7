'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import type { MealPostView } from '@/lib/boards/schema';
import { completePostEndpoint, deletePostEndpoint, joinRoomEndpoint, reopenPostEndpoint } from '@/lib/http/routes';
import { ApiError, callEndpoint } from '@/lib/http/client';
import { chatKeys } from '@/components/chat/chat-keys';
import { postKeys } from './post-keys';
import { VerificationRequiredLink } from '@/components/trust/verification-required';

const linkButton = 'inline-flex min-h-11 items-center justify-center rounded-lg px-4 font-semibold';

/** What the viewer can do with the post: join, open its chat, or (author) complete, edit, delete. */
export function PostActions({ post, viewerId, cannotJoin = null }: { post: MealPostView; viewerId: number; cannotJoin?: string | null }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const isAuthor = post.author.id === viewerId;
  const setPost = (next: MealPostView) => queryClient.setQueryData(postKeys.detail(post.id), next);

  const join = useMutation({
    mutationFn: () => callEndpoint(joinRoomEndpoint, { params: { id: post.chatRoomId } }),
    onSuccess: (room) => {
      setPost({ ...post, isJoined: true, joinNumber: room.memberCount, isComplete: room.isClosed });
      void queryClient.invalidateQueries({ queryKey: postKeys.lists });
      void queryClient.invalidateQueries({ queryKey: chatKeys.all });
    },
    // Full, completed or banned: the post we show is out of date, so fetch it again.
    onError: () => void queryClient.invalidateQueries({ queryKey: postKeys.detail(post.id) }),
  });

  const toggle = useMutation({
    mutationFn: () =>
      post.isComplete ? callEndpoint(reopenPostEndpoint, { params: { id: post.id } }) : callEndpoint(completePostEndpoint, { params: { id: post.id } }),
    onSuccess: (next) => {
      setPost(next);
      void queryClient.invalidateQueries({ queryKey: postKeys.lists });
    },
  });

  async function remove() {
    await callEndpoint(deletePostEndpoint, { params: { id: post.id } });
    queryClient.removeQueries({ queryKey: postKeys.detail(post.id) });
    await queryClient.invalidateQueries({ queryKey: postKeys.lists });
    void queryClient.invalidateQueries({ queryKey: chatKeys.all });
    router.push('/posts');
    router.refresh();
  }

  const error = join.error ?? toggle.error;
  return (
    <section aria-label="참여와 관리" className="flex flex-col gap-3">
      {error && <Alert>{error instanceof ApiError ? error.message : '문제가 생겼습니다. 잠시 후 다시 시도해 주세요.'}</Alert>}
      <VerificationRequiredLink reason={error instanceof ApiError ? error.problem.reason : undefined} />
      {join.isSuccess && <Alert tone="success">참여했어요! 채팅방에서 이웃과 주문을 정해 보세요.</Alert>}

      {post.isJoined ? (
        <Link href={`/chat/${post.chatRoomId}`} className={`${linkButton} bg-brand-700 text-white hover:bg-brand-800`}>
          채팅방 열기
        </Link>
      ) : post.isComplete ? (
        <Button disabled>모집이 끝났어요</Button>
      ) : cannotJoin ? (
        <>
          <Button disabled aria-describedby="cannot-join">
            참여할 수 없어요
          </Button>
          <p id="cannot-join" className="text-sm text-stone-600">
            {cannotJoin}
          </p>
        </>
      ) : (
        <Button onClick={() => join.mutate()} loading={join.isPending}>
          {join.isPending ? '참여하는 중…' : '참여하기'}
        </Button>
      )}

      {isAuthor && (
        <div className="flex flex-wrap gap-2 border-t border-stone-200 pt-3">
          <Button variant="secondary" onClick={() => toggle.mutate()} loading={toggle.isPending} className="flex-1">
            {post.isComplete ? '다시 모집' : '모집 완료'}
          </Button>
          <Link href={`/posts/${post.id}/edit`} className={`${linkButton} flex-1 border border-stone-300 bg-white text-stone-800 hover:bg-stone-100`}>
            수정
          </Link>
          <ConfirmButton
            className="flex-1"
            title="글을 삭제할까요?"
            description="글과 채팅방, 채팅 기록이 모두 사라지고 참여한 이웃도 더 이상 볼 수 없습니다."
            confirmLabel="삭제"
            pendingLabel="삭제하는 중…"
            onConfirm={remove}
          >
            삭제
          </ConfirmButton>
        </div>
      )}
    </section>
  );
}

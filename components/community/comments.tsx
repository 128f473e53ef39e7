'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useResyncOnConnect, useSocketEvent } from '@/components/realtime/use-socket-event';
import { useState, type FormEvent } from 'react';
import { HiddenNotice } from '@/components/moderation/hidden-notice';
import { ReportButton } from '@/components/moderation/report-button';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { RelativeTime } from '@/components/ui/relative-time';
import type { CommunityCommentView } from '@/lib/community/schema';
import { createCommunityCommentEndpoint, deleteCommunityCommentEndpoint, listCommunityCommentsEndpoint, updateCommunityCommentEndpoint } from '@/lib/http/routes';
import { ApiError, callEndpoint } from '@/lib/http/client';
import { communityKeys } from './community-keys';

const errorText = (error: unknown) => (error instanceof ApiError ? error.message : '문제가 생겼습니다. 잠시 후 다시 시도해 주세요.');

/** The box that writes a comment, or a reply to `parentId`. */
function CommentComposer({ postId, parentId, label, onDone, onCancel }: { postId: number; parentId?: number; label: string; onDone: () => Promise<void>; onCancel?: () => void }) {
  const [draft, setDraft] = useState('');
  const add = useMutation({
    mutationFn: () => callEndpoint(createCommunityCommentEndpoint, { params: { id: postId }, body: { content: draft, parentId } }),
    onSuccess: async () => {
      setDraft('');
      await onDone();
    },
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    add.mutate();
  }

  const fieldError = add.error instanceof ApiError ? (add.error.fieldErrors().content?.[0] ?? add.error.fieldErrors().parentId?.[0]) : undefined;
  return (
    <form onSubmit={onSubmit} className="mt-3 flex flex-col gap-2">
      <label className="flex flex-col gap-1">
        <span className={parentId ? 'sr-only' : 'text-sm font-medium text-stone-800'}>{label}</span>
        <textarea
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          maxLength={1000}
          rows={2}
          autoFocus={parentId !== undefined}
          placeholder={parentId ? '답글을 남겨 주세요' : '따뜻한 댓글을 남겨 주세요'}
          className="rounded-lg border border-stone-300 px-3 py-2 text-base"
        />
      </label>
      {add.error && <Alert>{fieldError ?? errorText(add.error)}</Alert>}
      <div className="flex justify-end gap-2">
        {onCancel && (
          <Button type="button" variant="ghost" onClick={onCancel}>
            취소
          </Button>
        )}
        <Button type="submit" loading={add.isPending}>
          {parentId ? '답글 달기' : '댓글 달기'}
        </Button>
      </div>
    </form>
  );
}

function CommentItem({ comment, viewerId, onChanged, replies = [] }: { comment: CommunityCommentView; viewerId: number; onChanged: () => Promise<void>; replies?: CommunityCommentView[] }) {
  const [editing, setEditing] = useState(false);
  const [replying, setReplying] = useState(false);
  const [draft, setDraft] = useState(comment.content);
  const save = useMutation({
    mutationFn: () => callEndpoint(updateCommunityCommentEndpoint, { params: { id: comment.id }, body: { content: draft } }),
    onSuccess: async () => {
      await onChanged();
      setEditing(false);
    },
  });
  const mine = comment.author.id === viewerId;
  const isReply = comment.parentId !== null;
  return (
    <li id={`comment-${comment.id}`} className={`flex flex-col gap-1 py-3 ${isReply ? 'border-l-2 border-stone-200 pl-3' : 'border-b border-stone-100 last:border-0'}`}>
      {/* A div, not a p: the report button brings a <dialog> with a form and a heading. */}
      <div className="flex flex-wrap items-center text-sm text-stone-600">
        <span className="font-semibold text-stone-800">{comment.author.username}</span>
        <span aria-hidden> · </span>
        <RelativeTime date={comment.createdAt} />
        {comment.updatedAt !== comment.createdAt && <span> (수정됨)</span>}
        {comment.hiddenAt && (
          <span className="ml-1">
            <HiddenNotice compact />
          </span>
        )}
        {!mine && <ReportButton targetType="community_comment" targetId={comment.id} label={`${comment.author.username}님의 댓글 신고하기`} className="ml-1 min-h-8 px-1 text-xs" />}
      </div>
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
          className="flex flex-col gap-2"
        >
          <label>
            <span className="sr-only">댓글 고치기</span>
            <textarea value={draft} onChange={(e) => setDraft(e.target.value)} maxLength={1000} rows={2} className="w-full rounded-lg border border-stone-300 px-3 py-2" />
          </label>
          {save.error && <Alert>{errorText(save.error)}</Alert>}
          <div className="flex gap-2">
            <Button type="submit" loading={save.isPending}>
              저장
            </Button>
            <Button type="button" variant="ghost" onClick={() => setEditing(false)}>
              취소
            </Button>
          </div>
        </form>
      ) : (
        <p className="whitespace-pre-wrap break-words">{comment.content}</p>
      )}
      {!editing && (
        <div className="flex gap-1">
          {!isReply && (
            <Button variant="ghost" className="min-h-9 px-2 text-sm" onClick={() => setReplying(true)} aria-label={`${comment.author.username}님의 댓글에 답글 달기`}>
              답글
            </Button>
          )}
          {mine && (
            <>
              <Button variant="ghost" className="min-h-9 px-2 text-sm" onClick={() => setEditing(true)} aria-label="댓글 수정">
                수정
              </Button>
              <ConfirmButton
                variant="ghost"
                className="min-h-9 px-2 text-sm"
                aria-label="댓글 삭제"
                title="댓글을 삭제할까요?"
                confirmLabel="삭제"
                pendingLabel="삭제하는 중…"
                onConfirm={() => callEndpoint(deleteCommunityCommentEndpoint, { params: { id: comment.id } })}
                after={onChanged}
              >
                삭제
              </ConfirmButton>
            </>
          )}
        </div>
      )}
      {(replies.length > 0 || replying) && (
        <div className="ml-2">
          {replies.length > 0 && (
            <ul aria-label={`${comment.author.username}님의 댓글에 달린 답글`}>
              {replies.map((r) => (
                <CommentItem key={r.id} comment={r} viewerId={viewerId} onChanged={onChanged} />
              ))}
            </ul>
          )}
          {replying && (
            <CommentComposer
              postId={comment.postId}
              parentId={comment.id}
              label={`${comment.author.username}님의 댓글에 답글 쓰기`}
              onCancel={() => setReplying(false)}
              onDone={async () => {
                setReplying(false);
                await onChanged();
              }}
            />
          )}
        </div>
      )}
    </li>
  );
}

/** Top-level comments with their replies; a reply whose parent is not shown (hidden) stands alone. */
function threads(items: CommunityCommentView[]) {
  const top = new Set(items.filter((c) => c.parentId === null).map((c) => c.id));
  const replies = new Map<number, CommunityCommentView[]>();
  const roots: CommunityCommentView[] = [];
  for (const c of items) {
    if (c.parentId !== null && top.has(c.parentId)) {
      const list = replies.get(c.parentId) ?? [];
      list.push(c);
      replies.set(c.parentId, list);
    } else roots.push(c);
  }
  return roots.map((comment) => ({ comment, replies: replies.get(comment.id) ?? [] }));
}

/** The post's comments (oldest first) and a box to add one. */
export function Comments({ postId, viewerId }: { postId: number; viewerId: number }) {
  const queryClient = useQueryClient();
  const comments = useQuery({
    queryKey: communityKeys.comments(postId),
    queryFn: ({ signal }) => callEndpoint(listCommunityCommentsEndpoint, { params: { id: postId }, query: { size: 100 }, signal }),
  });
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: communityKeys.comments(postId) });
    await queryClient.invalidateQueries({ queryKey: communityKeys.detail(postId) });
  };
  // Someone else commented or replied while the post is open: the list (and its count) follows.
  useSocketEvent('community:comment', (comment) => {
    if (comment.postId === postId) void refresh();
  });
  useResyncOnConnect(communityKeys.comments(postId));

  return (
    <section aria-labelledby="comments-title" className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
      <h2 id="comments-title" className="font-semibold">
        댓글 {comments.data?.page.total ?? ''}
      </h2>
      {comments.isPending ? (
        <LoadingState label="댓글을 불러오는 중…" />
      ) : comments.isError ? (
        <ErrorState message={`댓글을 불러오지 못했습니다. ${comments.error.message}`} onRetry={() => comments.refetch()} retrying={comments.isFetching} />
      ) : comments.data.items.length === 0 ? (
        <p className="py-4 text-sm text-stone-600">아직 댓글이 없어요. 첫 댓글을 남겨 보세요.</p>
      ) : (
        <ul aria-label="댓글 목록">
          {threads(comments.data.items).map(({ comment, replies }) => (
            <CommentItem key={comment.id} comment={comment} replies={replies} viewerId={viewerId} onChanged={refresh} />
          ))}
        </ul>
      )}
      <CommentComposer postId={postId} label="댓글 쓰기" onDone={refresh} />
    </section>
  );
}

'use client';
import Link from '@/components/ui/link';
import { useEffect, useRef } from 'react';

export type GoneReason = 'deleted' | 'banned' | 'left' | 'not_member' | 'blocked';

const copy: Record<GoneReason, { title: string; body: string }> = {
  deleted: { title: '채팅방이 삭제되었습니다', body: '방장이 글이나 채팅방을 삭제해서 더 이상 대화할 수 없어요.' },
  banned: { title: '방장이 나를 내보냈습니다', body: '이 채팅방과 글에는 다시 참여할 수 없어요.' },
  left: { title: '채팅방에서 나왔습니다', body: '다른 기기나 창에서 이 채팅방을 나갔어요.' },
  not_member: { title: '이 채팅방의 멤버가 아니에요', body: '참여한 이웃만 대화를 볼 수 있어요.' },
  blocked: { title: '대화할 수 없는 이웃이에요', body: '상대방이 대화를 원하지 않아요.' },
};

/** Replaces the whole chat when the room is gone for me; focus moves to the news. */
export function RoomGone({ reason, postId }: { reason: GoneReason; postId?: number | null }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { title, body } = copy[reason];
  return (
    <div role="alert" className="flex min-h-[60dvh] flex-col items-center justify-center gap-3 px-4 text-center" data-testid="room-gone">
      <span aria-hidden className="flex size-16 items-center justify-center rounded-full bg-stone-200 text-stone-600">
        <svg viewBox="0 0 24 24" className="size-8" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
          {reason === 'banned' ? (
            <path d="M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 17l-5-5 5-5M5 12h11" />
          ) : reason === 'deleted' ? (
            <path d="M4 7h16M10 11v6M14 11v6M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3" />
          ) : (
            <path d="M21 12a8 8 0 0 1-11.6 7.1L4 21l1.9-5.4A8 8 0 1 1 21 12z" />
          )}
        </svg>
      </span>
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold outline-none">
        {title}
      </h1>
      <p className="text-stone-600">{body}</p>
      <div className="mt-2 flex flex-wrap justify-center gap-2">
        <Link href="/chat" className="rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">
          채팅 목록으로
        </Link>
        {reason === 'not_member' && postId ? (
          <Link href={`/posts/${postId}`} className="rounded-lg border border-stone-300 bg-white px-4 py-2.5 font-semibold hover:bg-stone-100">
            글 보고 참여하기
          </Link>
        ) : (
          <Link href="/posts" className="rounded-lg border border-stone-300 bg-white px-4 py-2.5 font-semibold hover:bg-stone-100">
            같이 주문 보기
          </Link>
        )}
      </div>
    </div>
  );
}

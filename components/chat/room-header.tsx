import Link from '@/components/ui/link';
import { PresenceBadge } from '@/components/friends/presence-badge';
import type { ChatRoomView } from '@/lib/chat/schema';
import { MuteButton } from './mute-button';

export function RoomHeader({ room, onOpenMembers, onOpenOrder }: { room: ChatRoomView; onOpenMembers: () => void; onOpenOrder?: () => void }) {
  const { peer } = room;
  return (
    <header className="flex items-center gap-2 border-b border-stone-200 bg-white px-2 py-2">
      <Link href="/chat" className="flex size-11 shrink-0 items-center justify-center rounded-lg text-xl hover:bg-stone-100" aria-label="채팅 목록으로">
        <span aria-hidden>←</span>
      </Link>
      <div className="min-w-0 flex-1">
        <h1 className="truncate text-base font-bold">{room.title}</h1>
        {peer ? (
          <PresenceBadge presence={peer.presence} status={peer.status} />
        ) : (
          <p className="flex gap-2 text-xs text-stone-600">
            <span>
              {room.memberCount}
              {room.capacity ? `/${room.capacity}` : ''}명 참여
            </span>
            {room.postId && (
              <Link href={`/posts/${room.postId}`} className="font-medium text-brand-700 underline">
                글 보기
              </Link>
            )}
          </p>
        )}
      </div>
      <MuteButton roomId={room.id} />
      {peer ? (
        !peer.user.isDeleted && (
          <Link
            href={`/users/${peer.user.id}`}
            className="flex min-h-11 shrink-0 items-center rounded-lg border border-stone-300 bg-white px-3 text-sm font-semibold hover:bg-stone-100"
          >
            프로필
          </Link>
        )
      ) : (
        <>
          {onOpenOrder && (
            <button
              type="button"
              onClick={onOpenOrder}
              aria-haspopup="dialog"
              className="min-h-11 shrink-0 rounded-lg bg-brand-700 px-3 text-sm font-semibold text-white hover:bg-brand-800"
            >
              주문서
            </button>
          )}
        <button
          type="button"
          onClick={onOpenMembers}
          aria-haspopup="dialog"
          className="min-h-11 shrink-0 rounded-lg border border-stone-300 bg-white px-3 text-sm font-semibold hover:bg-stone-100"
        >
          멤버
        </button>
        </>
      )}
    </header>
  );
}

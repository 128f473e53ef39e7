import Link from '@/components/ui/link';
import type { ChatRoomView } from '@/lib/chat/schema';

/** My most recently active rooms, unread ones marked; the full live list is /chat. */
export function MyRoomsSummary({ rooms }: { rooms: ChatRoomView[] }) {
  if (rooms.length === 0) {
    return <p className="rounded-2xl border border-dashed border-stone-300 bg-white px-5 py-6 text-center text-sm text-stone-600">참여한 채팅방이 없어요. 같이 주문 글에 참여하면 채팅방이 생겨요.</p>;
  }
  return (
    <ul className="divide-y divide-stone-200 overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm">
      {rooms.map((room) => (
        <li key={room.id}>
          <Link href={`/chat/${room.id}`} className="flex items-center justify-between gap-3 px-4 py-3 hover:bg-stone-50">
            <span className="min-w-0 truncate font-medium">{room.title}</span>
            {room.unreadCount > 0 ? (
              <span className="shrink-0 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-bold text-white">
                <span aria-hidden>{room.unreadCount > 99 ? '99+' : room.unreadCount}</span>
                <span className="sr-only">안 읽은 메시지 {room.unreadCount}개</span>
              </span>
            ) : (
              <span className="shrink-0 text-xs text-stone-600">{room.memberCount}명</span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}

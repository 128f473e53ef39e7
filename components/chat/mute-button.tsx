'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '@/lib/http/client';
import { getRoomMuteEndpoint, setRoomMuteEndpoint } from '@/lib/http/routes';

/** The room's push switch: a muted room still shows its messages and unread count, it just doesn't buzz. */
export function MuteButton({ roomId }: { roomId: number }) {
  const queryClient = useQueryClient();
  const key = ['chat', 'mute', roomId];
  const state = useQuery({ queryKey: key, queryFn: ({ signal }) => callEndpoint(getRoomMuteEndpoint, { params: { id: roomId }, signal }) });
  const toggle = useMutation({
    mutationFn: (muted: boolean) => callEndpoint(setRoomMuteEndpoint, { params: { id: roomId }, body: { muted } }),
    onSuccess: (data) => queryClient.setQueryData(key, data),
  });
  const muted = state.data?.muted ?? false;
  return (
    <button
      type="button"
      aria-pressed={muted}
      aria-label={muted ? '채팅방 알림 켜기' : '채팅방 알림 끄기'}
      title={muted ? '알림 꺼짐' : '알림 켜짐'}
      disabled={!state.data || toggle.isPending}
      onClick={() => toggle.mutate(!muted)}
      data-testid="room-mute"
      className="flex size-11 shrink-0 items-center justify-center rounded-lg text-stone-700 hover:bg-stone-100 disabled:opacity-50"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        {muted && <path d="M2 2l20 20" />}
      </svg>
    </button>
  );
}

import type { Socket } from 'socket.io';
import { z } from '@/lib/core/zod';
import type { AckResult, ClientToServerEvents, GameWatch, ServerToClientEvents, SocketData } from './events';
import { gameRoom, gamesRoom } from './io';

type GameSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const watch = z
  .object({
    sigungu: z.array(z.string().regex(/^\d{5}$/)).max(50).default([]),
    gameIds: z.array(z.number().int().positive().max(2_147_483_647)).max(100).default([]),
  })
  .strict();

const roomsOf = (p: z.output<typeof watch>) => [...p.sigungu.map(gamesRoom), ...p.gameIds.map(gameRoom)];

/** Live seats: a socket joins the rooms `game:updated` goes to for the lists and games on screen. */
export function registerGameHandlers(socket: GameSocket) {
  const on = (run: (rooms: string[]) => Promise<void> | void) => async (payload: GameWatch, ack?: (r: AckResult) => void) => {
    const reply = typeof ack === 'function' ? ack : () => {};
    const parsed = watch.safeParse(payload);
    if (!parsed.success) return reply({ ok: false, error: '잘못된 요청입니다.', status: 400 });
    await run(roomsOf(parsed.data));
    reply({ ok: true });
  };
  socket.on('games:watch', on((rooms) => socket.join(rooms)));
  socket.on(
    'games:unwatch',
    on(async (rooms) => {
      for (const room of rooms) await socket.leave(room);
    }),
  );
}

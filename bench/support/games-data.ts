import type { drizzle } from 'drizzle-orm/postgres-js';
import { chatRooms, games, gameStatuses, neighbourhoods, sports } from '@/db/schema';

const BATCH = 1_000;
const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * `count` upcoming games spread over every real 행정동 (within about a kilometre of each centre),
 * bulk-inserted with their chat rooms, hosted by `hostId`. A fixed pseudo-random sequence: every
 * run loads the same games. For bench/games.ts and bench/reads.ts.
 */
export async function loadGames(db: ReturnType<typeof drizzle>, hostId: number, count: number) {
  const dongs = await db.select({ code: neighbourhoods.code, lat: neighbourhoods.lat, lng: neighbourhoods.lng }).from(neighbourhoods);
  console.log(`loading ${count} games over ${dongs.length} dongs…`);
  const now = Date.now();
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const upcoming = gameStatuses.filter((s) => s === 'recruiting' || s === 'full' || s === 'confirmed');
  for (let start = 0; start < count; start += BATCH) {
    const n = Math.min(BATCH, count - start);
    const rooms = await db
      .insert(chatRooms)
      .values(Array.from({ length: n }, (_, i) => ({ kind: 'game' as const, title: `벤치 경기 ${start + i}`, ownerId: hostId })))
      .returning({ id: chatRooms.id });
    await db.insert(games).values(
      rooms.map((room, i) => {
        const k = start + i;
        const dong = dongs[k % dongs.length]!;
        const startsAt = new Date(now + DAY + Math.floor(random() * 30 * 24) * HOUR);
        const maxPlayers = 4 + (k % 12);
        const status = upcoming[k % 10 === 0 ? 2 : k % 7 === 0 ? 1 : 0]!;
        return {
          hostId,
          sport: sports[k % sports.length]!,
          title: `벤치 경기 ${k}`,
          placeName: `${dong.code} 체육공원`,
          address: `벤치 주소 ${k}`,
          neighbourhoodCode: dong.code,
          sigunguCode: dong.code.slice(0, 5),
          lat: dong.lat + (random() - 0.5) * 0.02,
          lng: dong.lng + (random() - 0.5) * 0.02,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 2 * HOUR),
          recruitUntil: new Date(startsAt.getTime() - 2 * HOUR),
          minPlayers: 2,
          maxPlayers,
          fee: (k % 4) * 5000,
          status,
          joinedCount: status === 'full' ? maxPlayers : k % 3,
          chatRoomId: room.id,
        };
      }),
    );
  }
}

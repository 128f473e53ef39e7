import { aliasedTable, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatMembers, chatRooms, gamePlayers, games, mealPosts, payments, reservations, spaces, users, type ChatRoom } from '@/db/schema';
import { boardForViewer, sharedBoardPage, type BoardViewer } from '@/lib/boards/queries';
import type { ListPostsQuery } from '@/lib/boards/schema';
import { myRoomColumns, myRoomsOrder, toMyRoomViews } from '@/lib/chat/queries';
import { listGames, nextGameColumns, nextGamePlayerId, toNextGame } from '@/lib/games/queries';
import { listGamesQuery } from '@/lib/games/schema';
import { nextReservationId, reservationColumns, toReservationViewOrNull } from '@/lib/reservations/queries';
import { likedAmongColumn, spacesBeforeLikes, withLikes } from '@/lib/spaces/queries';
import { listSpacesQuery } from '@/lib/spaces/schema';

const NEARBY_SPACES = 3;
const NEARBY_GAMES = 3;

/** The reservation's guest (the viewer): `users` is joined for the next game's host. */
const guests = aliasedTable(users, 'reservation_guest');

/**
 * The viewer's own parts of the home in one statement: a row per room of theirs (with no room,
 * one row without one), each carrying their next reservation and next game (each picked by key
 * in an uncorrelated subquery, so found once) and their likes among the spaces shown.
 */
async function viewerParts(db: Db, viewerId: number, now: Date, likesOf: number[]) {
  const rows = await db
    .select({ ...myRoomColumns(viewerId), ...reservationColumns(guests), ...nextGameColumns, liked: likedAmongColumn(viewerId, likesOf) })
    .from(sql`(select 1) as one`)
    // My rooms as listMyRooms joins them (left: a viewer without rooms still gets the rest).
    .leftJoin(chatMembers, eq(chatMembers.userId, viewerId))
    .leftJoin(chatRooms, eq(chatRooms.id, chatMembers.roomId))
    .leftJoin(mealPosts, eq(mealPosts.chatRoomId, chatRooms.id))
    .leftJoin(reservations, eq(reservations.id, nextReservationId(db, viewerId, now)))
    .leftJoin(spaces, eq(spaces.id, reservations.spaceId))
    .leftJoin(guests, eq(guests.id, reservations.guestId))
    .leftJoin(payments, eq(payments.id, reservations.paymentId))
    .leftJoin(gamePlayers, eq(gamePlayers.id, nextGamePlayerId(db, viewerId, now)))
    .leftJoin(games, eq(games.id, gamePlayers.gameId))
    .leftJoin(users, eq(users.id, games.hostId))
    .orderBy(...myRoomsOrder);
  const first = rows[0]!;
  return {
    rooms: rows.filter((r): r is typeof r & { room: ChatRoom } => r.room !== null),
    nextReservation: toReservationViewOrNull(first, viewerId, now),
    nextGame: toNextGame(first),
    liked: new Set(first.liked),
  };
}

/** Games are searched from the next whole minute, so the shared page's key holds for a minute (`now` would miss it every time). */
const nextMinute = (now: Date) => new Date(Math.ceil(now.getTime() / 60_000) * 60_000);

/** What the home shows of the viewer's 시군구: open posts, the most wanted spaces, games recruiting. */
export function homeSearches(viewer: BoardViewer, now: Date, boardSize: number) {
  const sigungu = viewer.neighbourhoodCode.slice(0, 5);
  return {
    board: { scope: 'sigungu', status: 'open', page: 1, size: boardSize } satisfies ListPostsQuery,
    spacesQuery: listSpacesQuery.parse({ sigungu, sort: 'popular', size: NEARBY_SPACES }),
    gamesQuery: listGamesQuery.parse({ sigungu, status: 'recruiting', from: nextMinute(now).toISOString(), sort: 'startsAt', size: NEARBY_GAMES }),
  };
}

/**
 * The signed-in home's data. What everyone nearby sees comes from the shared pages (spaces,
 * games, the board: no statement when warm); the viewer's own parts are one statement
 * (`viewerParts`), plus one each for their rooms' last messages and direct rooms' other members
 * when they have any. Which board posts' rooms they are in is read off their rooms.
 */
export async function readHome(db: Db, viewer: BoardViewer, now: Date, { boardSize }: { boardSize: number }) {
  const { board, spacesQuery, gamesQuery } = homeSearches(viewer, now, boardSize);
  // The likes need the spaces page's ids first; from a warm cache that costs no wait.
  const own = spacesBeforeLikes(db, viewer.id, spacesQuery, now).then(async ({ page, likesOf }) => {
    const parts = await viewerParts(db, viewer.id, now, likesOf);
    return { ...parts, spaces: withLikes(page, parts.liked), rooms: await toMyRoomViews(db, parts.rooms, viewer.id) };
  });
  const [mine, nearbyGames, boardPage] = await Promise.all([own, listGames(db, gamesQuery), sharedBoardPage(db, viewer, board)]);
  return {
    rooms: mine.rooms,
    spaces: mine.spaces.items,
    nextReservation: mine.nextReservation,
    games: nearbyGames.items,
    nextGame: mine.nextGame,
    posts: boardForViewer(boardPage, viewer, board, new Set(mine.rooms.map((r) => r.id))),
  };
}

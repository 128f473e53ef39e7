import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { withCtes } from '@/db/ctes';
import { preparedPerDb } from '@/db/prepared';
import { chatMessages, chatReactions, chatRooms, type User } from '@/db/schema';
import type { ChatReactionEmoji } from '@/db/constants/chat';
import { conflict } from '@/lib/core/domain-error';
import { commitWithoutFlush } from '@/lib/core/transact';
import { countRecorded, eventValues } from '@/lib/events/record';
import { messageReactions, messageReactionsSql, roomAudienceColumns } from './events';
import { messageForMember } from './message-access';
import { sortReactions } from './message-view';
import { memberMayRead, roomChangedMeanwhile } from './queries';

/**
 * My reaction added or taken back, the counts after it and their `message:reactions` (only when
 * something changed), as one statement: no transaction, one round trip. CTE `room` is the
 * message's room, with whether I may react (`messageForMember`'s rule, and a message that takes
 * reactions); no row when there is no such message. The statement does not see its own change,
 * so the counts are the rows it started from with the change applied; a toggle by someone else
 * committing meanwhile shows in the next broadcast, as it did when the counts were a statement of
 * their own.
 */
const reactionStatement = (on: boolean) =>
  preparedPerDb((db) => {
    const p = sql.placeholder;
    const ofMessage = sql`message_id = ${p('message_id')}::bigint`;
    const mine = sql`${ofMessage} and user_id = ${p('user_id')}::int and emoji = ${p('emoji')}::text`;
    const columns = sql`emoji, user_id, created_at`;
    const reactable = sql`${chatMessages.kind} <> 'system' and ${chatMessages.deletedAt} is null
      and (${chatMessages.hiddenAt} is null or ${chatMessages.userId} = ${p('user_id')}::int)`;
    const room = sql`select ${roomAudienceColumns}, ${memberMayRead(p('user_id'))} and ${reactable} as may
      from ${chatMessages} join ${chatRooms} on ${chatRooms.id} = ${chatMessages.roomId} where ${chatMessages.id} = ${p('message_id')}::bigint`;
    const change = on
      ? sql`insert into ${chatReactions} (message_id, user_id, emoji) select ${p('message_id')}::bigint, ${p('user_id')}::int, ${p('emoji')}::text
          where (select may from room) on conflict do nothing returning ${columns}, ${commitWithoutFlush} as async_commit`
      : sql`delete from ${chatReactions} where ${mine} and (select may from room) returning ${columns}, ${commitWithoutFlush} as async_commit`;
    const after = on
      ? sql`select ${columns} from ${chatReactions} where ${ofMessage} union all select ${columns} from changed`
      : sql`select ${columns} from ${chatReactions} where ${ofMessage} and not (${mine})`;
    const ctes = [
      { name: 'room', body: room },
      { name: 'changed', body: change },
      { name: 'after', body: after },
      { name: 'counts', body: sql`select emoji, count(*)::int as count, array_agg(user_id order by created_at) as user_ids from after group by emoji` },
      { name: 'event', body: messageReactionsSql('changed', 'room') },
    ];
    return withCtes(db, ctes)
      .select({
        roomId: sql<number>`room.id`,
        may: sql<boolean>`room.may`,
        changed: sql<number>`(select count(*) from changed)`.mapWith(Number),
        counts: sql<{ emoji: ChatReactionEmoji; count: number; user_ids: number[] }[] | null>`(select jsonb_agg(counts) from counts)`,
      })
      .from(sql`room`)
      .prepare(on ? 'chat_reaction_add' : 'chat_reaction_remove');
  });

const addReaction = reactionStatement(true);
const removeReaction = reactionStatement(false);

/** Why the statement refused me: `messageForMember`'s answer, a message that takes no reactions, or a change meanwhile. */
async function refusal(db: Db, user: User, messageId: number): Promise<never> {
  const { message } = await messageForMember(db, user.id, messageId);
  if (message.kind === 'system' || message.deletedAt) throw conflict('이 메시지에는 반응할 수 없습니다.', undefined, 'not_reactable');
  throw roomChangedMeanwhile();
}

/**
 * Adds (`on`) or takes back my reaction. The primary key (message, user, emoji) keeps it to one
 * however many toggles race; repeating either is a no-op that changes nothing and tells nobody.
 * The answer has `mine` for me; the room gets `message:reactions` with who reacted.
 */
export async function setReaction(db: Db, user: User, messageId: number, emoji: ChatReactionEmoji, on: boolean) {
  const [row] = await (on ? addReaction : removeReaction)(db).execute({ message_id: messageId, user_id: user.id, emoji, ...eventValues(messageReactions(messageId)) });
  if (!row?.may) return refusal(db, user, messageId);
  if (row.changed) countRecorded(1);
  const reactions = sortReactions((row.counts ?? []).map((c) => ({ emoji: c.emoji, count: c.count, mine: c.user_ids.map(Number).includes(user.id) })));
  return { roomId: row.roomId, messageId, reactions };
}

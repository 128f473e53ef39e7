import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { getProfile, searchUsers } from '@/lib/accounts/queries';
import { updateMe } from '@/lib/accounts/mutations';
import { openDirectRoom } from '@/lib/chat/direct';
import { listMessages } from '@/lib/chat/queries';
import { sendMessage } from '@/lib/chat/mutations';
import { createUser } from '@/tests/support/factories';
import { addFriend, blockUser, markOffline, markOnline, removeFriend, unblockUser } from './mutations';
import { listBlocks, listFriends, presenceAudience } from './queries';

const page = { page: 1, size: 50 };

describe('friends', () => {
  it('adds by email or id, one way; the list marks mutual friends', async () => {
    const [a, b, c] = [await createUser(), await createUser(), await createUser()];
    const added = await addFriend(getDb(), a, { email: b.email.toUpperCase() });
    expect(added).toMatchObject({ user: { id: b.id, username: b.username }, isMutual: false, presence: { online: false, lastSeenAt: null } });
    await addFriend(getDb(), a, { userId: c.id });
    expect((await listFriends(getDb(), b.id, page)).items).toEqual([]);
    await addFriend(getDb(), b, { userId: a.id });
    const list = await listFriends(getDb(), a.id, page);
    expect(Object.fromEntries(list.items.map((f) => [f.user.id, f.isMutual]))).toEqual({ [b.id]: true, [c.id]: false });
    expect(list.page).toMatchObject({ total: 2 });
  });

  it('refuses unknown (404), deleted (404), myself (400) and duplicates (409)', async () => {
    const [a, b] = [await createUser(), await createUser()];
    const gone = await createUser({ isActive: false });
    await expect(addFriend(getDb(), a, { email: 'nobody@dongne.test' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(addFriend(getDb(), a, { email: gone.email })).rejects.toMatchObject({ code: 'not_found' });
    await expect(addFriend(getDb(), a, { email: a.email })).rejects.toMatchObject({ code: 'invalid', extra: { fields: { email: expect.any(Array) } } });
    await addFriend(getDb(), a, { email: b.email });
    await expect(addFriend(getDb(), a, { email: b.email })).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'already_friend' } });
    const twice = await Promise.allSettled([addFriend(getDb(), b, { userId: a.id }), addFriend(getDb(), b, { userId: a.id })]);
    expect(twice.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('removes (404 when not a friend)', async () => {
    const [a, b] = [await createUser(), await createUser()];
    await addFriend(getDb(), a, { userId: b.id });
    await removeFriend(getDb(), a.id, b.id);
    await expect(removeFriend(getDb(), a.id, b.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await listFriends(getDb(), a.id, page)).items).toEqual([]);
  });

  it('shows a private friend\'s status only when they added me back', async () => {
    const [a, b] = [await createUser(), await createUser({ isPrivate: true, status: 'busy' })];
    await addFriend(getDb(), a, { userId: b.id });
    expect((await listFriends(getDb(), a.id, page)).items[0]).toMatchObject({ status: null, isMutual: false });
    await addFriend(getDb(), b, { userId: a.id });
    expect((await listFriends(getDb(), a.id, page)).items[0]).toMatchObject({ status: 'busy', isMutual: true });
  });
});

describe('profiles', () => {
  it('a private profile shows its details only to people its owner added', async () => {
    const owner = await createUser({ bio: '귤 농사 지어요' });
    const [friend, other] = [await createUser(), await createUser()];
    await updateMe(getDb(), owner.id, { isPrivate: true, status: 'away' });
    await addFriend(getDb(), owner, { userId: friend.id });
    // `other` adding the owner doesn't open anything: it is the owner's list that counts.
    await addFriend(getDb(), other, { userId: owner.id });
    expect(await getProfile(getDb(), owner.id, friend.id)).toMatchObject({ isVisible: true, bio: '귤 농사 지어요', status: 'away', neighbourhood: { code: owner.neighbourhoodCode } });
    const hidden = { username: owner.username, isPrivate: true, isVisible: false, bio: null, status: null, neighbourhood: null, createdAt: null, emailVerified: null };
    expect(await getProfile(getDb(), owner.id, other.id)).toMatchObject({ ...hidden, isFriend: true });
    expect(await getProfile(getDb(), owner.id, null)).toMatchObject(hidden);
    expect(await getProfile(getDb(), owner.id, owner.id)).toMatchObject({ isVisible: true });
    const found = await searchUsers(getDb(), other.id, { q: owner.username, page: 1, size: 10 });
    expect(found.items[0]).toMatchObject(hidden);
  });
});

describe('blocking', () => {
  it('hides the blocker from search and friend requests, drops both friendships, and unblocks (404 after)', async () => {
    const blocker = await createUser({ username: '조용한이웃' });
    const blocked = await createUser();
    await addFriend(getDb(), blocker, { userId: blocked.id });
    await addFriend(getDb(), blocked, { userId: blocker.id });
    await blockUser(getDb(), blocker, blocked.id);
    expect((await listFriends(getDb(), blocker.id, page)).items).toEqual([]);
    expect((await listFriends(getDb(), blocked.id, page)).items).toEqual([]);
    expect((await searchUsers(getDb(), blocked.id, { q: '조용한', page: 1, size: 10 })).items).toEqual([]);
    expect((await searchUsers(getDb(), blocked.id, { q: blocker.email, page: 1, size: 10 })).items).toEqual([]);
    expect((await searchUsers(getDb(), (await createUser()).id, { q: '조용한', page: 1, size: 10 })).items).toHaveLength(1);
    await expect(addFriend(getDb(), blocked, { email: blocker.email })).rejects.toMatchObject({ code: 'not_found' });
    await expect(addFriend(getDb(), blocker, { userId: blocked.id })).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'blocked' } });
    await expect(blockUser(getDb(), blocker, blocked.id)).rejects.toMatchObject({ code: 'conflict' });
    await expect(blockUser(getDb(), blocker, blocker.id)).rejects.toMatchObject({ code: 'invalid' });
    await expect(blockUser(getDb(), blocker, 999_999)).rejects.toMatchObject({ code: 'not_found' });
    expect((await listBlocks(getDb(), blocker.id)).items.map((b) => b.user.id)).toEqual([blocked.id]);
    await unblockUser(getDb(), blocker.id, blocked.id);
    await expect(unblockUser(getDb(), blocker.id, blocked.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await searchUsers(getDb(), blocked.id, { q: '조용한', page: 1, size: 10 })).items).toHaveLength(1);
  });

  it('keeps the blocked user out of the direct room; the blocker reads but cannot write', async () => {
    const [blocker, blocked] = [await createUser(), await createUser()];
    const { room } = await openDirectRoom(getDb(), blocked, blocker.id);
    await sendMessage(getDb(), blocked, room.id, { body: '안녕하세요' });
    await blockUser(getDb(), blocker, blocked.id);
    await expect(openDirectRoom(getDb(), blocked, blocker.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(openDirectRoom(getDb(), blocker, blocked.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendMessage(getDb(), blocked, room.id, { body: '왜요?' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listMessages(getDb(), room.id, blocked.id, { limit: 10 })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendMessage(getDb(), blocker, room.id, { body: '그만' })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await listMessages(getDb(), room.id, blocker.id, { limit: 10 })).items.map((m) => m.body)).toEqual(['안녕하세요']);
    await unblockUser(getDb(), blocker.id, blocked.id);
    expect((await sendMessage(getDb(), blocked, room.id, { body: '다시 안녕' })).created).toBe(true);
  });
});

describe('presence', () => {
  it('goes online once, and a disconnect older than the latest connect cannot take it offline', async () => {
    const user = await createUser();
    const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
    expect(await markOnline(getDb(), user.id, t(1))).toBe(true);
    expect(await markOnline(getDb(), user.id, t(3))).toBe(false);
    // The first tab's disconnect, stamped before the second tab connected, is too late to count.
    expect(await markOffline(getDb(), user.id, t(2))).toBeNull();
    expect(await markOffline(getDb(), user.id, t(4))).toMatchObject({ onlineSince: null, lastSeenAt: t(4) });
    expect(await markOffline(getDb(), user.id, t(5))).toBeNull();
    expect(await markOnline(getDb(), user.id, t(6))).toBe(true);
  });

  it('reaches people who have the user as a friend or share a direct room, not people they blocked', async () => {
    const [user, fan, partner, blockedFan, stranger] = [await createUser(), await createUser(), await createUser(), await createUser(), await createUser()];
    await addFriend(getDb(), fan, { userId: user.id });
    await addFriend(getDb(), blockedFan, { userId: user.id });
    await openDirectRoom(getDb(), partner, user.id);
    await blockUser(getDb(), user, blockedFan.id);
    await addFriend(getDb(), user, { userId: stranger.id });
    expect((await presenceAudience(getDb(), user.id)).sort()).toEqual([fan.id, partner.id].sort());
  });
});

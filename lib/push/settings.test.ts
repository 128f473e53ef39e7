import { describe, expect, it } from 'vitest';
import { kindOfNotification } from './kinds';
import { isQuietTime } from './settings';

// 2026-03-02 at hh:mm in Seoul (UTC+9).
const seoul = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00+09:00`);

describe('isQuietTime', () => {
  it('reads the window in Seoul, start inclusive, end exclusive', () => {
    const day = { enabled: true, start: '13:00', end: '15:30' };
    expect(isQuietTime(day, seoul('12:59'))).toBe(false);
    expect(isQuietTime(day, seoul('13:00'))).toBe(true);
    expect(isQuietTime(day, seoul('15:29'))).toBe(true);
    expect(isQuietTime(day, seoul('15:30'))).toBe(false);
  });

  it('crosses midnight', () => {
    const night = { enabled: true, start: '22:00', end: '08:00' };
    expect(isQuietTime(night, seoul('23:10'))).toBe(true);
    expect(isQuietTime(night, seoul('00:00'))).toBe(true);
    expect(isQuietTime(night, seoul('07:59'))).toBe(true);
    expect(isQuietTime(night, seoul('08:00'))).toBe(false);
    expect(isQuietTime(night, seoul('21:59'))).toBe(false);
    // 23:10 in Seoul is 14:10 UTC: the server's own zone plays no part.
    expect(isQuietTime(night, new Date('2026-03-02T14:10:00Z'))).toBe(true);
  });

  it('is never quiet when off', () => {
    expect(isQuietTime({ enabled: false, start: '00:00', end: '23:59' }, seoul('12:00'))).toBe(false);
  });
});

describe('kindOfNotification', () => {
  it('maps every type by prefix, including kinds other features add', () => {
    expect(kindOfNotification('game_promoted')).toBe('games');
    expect(kindOfNotification('reservation_booked')).toBe('spaces');
    expect(kindOfNotification('post_full')).toBe('mealPosts');
    expect(kindOfNotification('meal_order_paid')).toBe('mealPosts');
    expect(kindOfNotification('payout_paid')).toBe('payments');
    expect(kindOfNotification('community_reply')).toBe('community');
    expect(kindOfNotification('friend_added')).toBe('friends');
    expect(kindOfNotification('content_hidden')).toBe('moderation');
    expect(kindOfNotification('something_new')).toBeNull();
  });
});

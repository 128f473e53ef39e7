export const sports = ['futsal', 'football', 'basketball', 'tennis', 'badminton', 'volleyball', 'baseball', 'running', 'other'] as const;
export type Sport = (typeof sports)[number];

export const gameLevels = ['intro', 'beginner', 'intermediate', 'advanced', 'any'] as const;
export type GameLevel = (typeof gameLevels)[number];

export const gameStatuses = ['recruiting', 'full', 'confirmed', 'finished', 'failed', 'cancelled'] as const;
export type GameStatus = (typeof gameStatuses)[number];

export const playerStatuses = ['pending_payment', 'joined', 'waitlisted', 'cancelled', 'removed'] as const;
export type PlayerStatus = (typeof playerStatuses)[number];

export const gameGenders = ['mixed', 'male', 'female'] as const;
export type GameGender = (typeof gameGenders)[number];

/**
 * Time-of-day buckets by the Seoul hour a game starts at ([from, to) hours): 새벽 0–6, 오전 6–12,
 * 오후 12–18, 저녁 18–21, 밤 21–24.
 */
export const timesOfDay = {
  dawn: [0, 6],
  morning: [6, 12],
  afternoon: [12, 18],
  evening: [18, 21],
  night: [21, 24],
} as const satisfies Record<string, readonly [number, number]>;
export type TimeOfDay = keyof typeof timesOfDay;
export const timeOfDayNames = Object.keys(timesOfDay) as TimeOfDay[];

/** A weekly series makes at most this many games; the priority window and offer window bounds. */
export const MAX_SERIES_OCCURRENCES = 26;
export const MAX_PRIORITY_HOURS = 72;
export const OFFER_MINUTES = { min: 10, max: 720, default: 15 } as const;

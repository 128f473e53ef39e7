export const sports = ['futsal', 'football', 'basketball', 'tennis', 'badminton', 'volleyball', 'baseball', 'running', 'other'] as const;
export type Sport = (typeof sports)[number];

export const gameLevels = ['intro', 'beginner', 'intermediate', 'advanced', 'any'] as const;
export type GameLevel = (typeof gameLevels)[number];

export const gameStatuses = ['recruiting', 'full', 'confirmed', 'finished', 'failed', 'cancelled'] as const;
export type GameStatus = (typeof gameStatuses)[number];

export const playerStatuses = ['pending_payment', 'joined', 'waitlisted', 'cancelled', 'removed'] as const;
export type PlayerStatus = (typeof playerStatuses)[number];

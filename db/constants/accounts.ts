export const userStatuses = ['available', 'away', 'busy'] as const;
export type UserStatus = (typeof userStatuses)[number];

export const userRoles = ['member', 'admin'] as const;
export type UserRole = (typeof userRoles)[number];

export const accountTokenPurposes = ['password_reset', 'email_verification'] as const;
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number];

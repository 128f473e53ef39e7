import type { UserStatus } from '@/db/constants/accounts';

/** How a status reads next to a name (shared by server pages and client components). */
export const statusLabels: Record<UserStatus, string> = { available: '대화 가능', away: '자리 비움', busy: '바쁨' };

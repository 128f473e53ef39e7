import { sql } from 'drizzle-orm';
import { neighbourhoods, users } from '@/db/schema';

/**
 * What a card shows beside a name: the verified dong (null without a current 동네인증) and the
 * cached temperature. Spread into a user selection (`{ ...userColumns, ...trustBadgeColumns }`).
 */
export const trustBadgeColumns = {
  verifiedDong: sql<string | null>`(select ${neighbourhoods.dong} from ${neighbourhoods} where ${neighbourhoods.code} = ${users.neighbourhoodVerifiedCode}
    and ${users.neighbourhoodVerifiedCode} = ${users.neighbourhoodCode} and ${users.neighbourhoodVerifiedUntil} > now())`,
  temperature: users.temperature,
};

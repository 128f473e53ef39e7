import type { User } from '@/db/schema';
import { isVerified } from './neighbourhood-status';
import type { Temperature, VerifiedNeighbourhood } from './schema';

/** The badge, from the user row and the name of their dong; undefined without a current verification. */
export function verifiedNeighbourhoodOf(
  user: Pick<User, 'neighbourhoodCode' | 'neighbourhoodVerifiedCode' | 'neighbourhoodVerifiedUntil'>,
  dong: string,
  now = new Date(),
): VerifiedNeighbourhood | undefined {
  if (!isVerified(user, now)) return undefined;
  return { dong, verifiedUntil: user.neighbourhoodVerifiedUntil!.toISOString() };
}

/** The cached temperature (lib/trust/temperature.ts computes it), rounded for display. */
export const temperatureOf = (user: Pick<User, 'temperature' | 'temperatureReasons'>): Temperature => ({
  value: Math.round(user.temperature * 10) / 10,
  topReasons: user.temperatureReasons,
});

import { getDb } from '../../db/client';
import type { User } from '../../db/schema';
import { createSpace } from '../../lib/spaces/mutations';
import { createSpaceBody, type CreateSpaceInput } from '../../lib/spaces/schema';
import { createUser, YONGDAM2 } from './factories';

type SpaceOverrides = Partial<Omit<CreateSpaceInput, 'openTime' | 'closeTime' | 'packages'>> & {
  openTime?: string;
  closeTime?: string;
  packages?: { name: string; startTime: string; endTime: string; price: number }[];
};

/** The body a host would send for a study room in 용담2동 (09:00–22:00, 10,000원/h, up to 6 people). */
export const spaceBody = (overrides: SpaceOverrides = {}) => ({
  title: '용담 스터디룸',
  type: 'study_room',
  description: '조용한 6인 스터디룸입니다.',
  address: '제주시 용담로 1',
  neighbourhoodCode: YONGDAM2,
  capacity: 6,
  pricePerHour: 10_000,
  minHours: 1,
  openTime: '09:00',
  closeTime: '22:00',
  amenities: ['wifi', 'whiteboard'],
  packages: [],
  cancellationPolicy: 'flexible',
  ...overrides,
});

export async function createTestSpace(host?: User, overrides: SpaceOverrides = {}) {
  const owner = host ?? (await createUser());
  const space = await createSpace(getDb(), owner, createSpaceBody.parse(spaceBody(overrides)));
  return { host: owner, space };
}

/** "YYYY-MM-DD" in Seoul, `days` after today. */
export function seoulDateInDays(days: number, from = new Date()) {
  return new Date(from.getTime() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

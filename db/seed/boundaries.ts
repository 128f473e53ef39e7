import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../client';
import { loadBoundaries } from '../../lib/neighbourhoods/boundaries';

export const JEJU_BOUNDARIES_FILE = 'data/kr-admin-dong-boundaries-jeju.geojson';

/** The 43 dongs of 제주 (where the demo users live), so 동네인증 there checks real boundaries. */
export async function seedJejuBoundaries(db: Db) {
  const file = path.join(process.cwd(), JEJU_BOUNDARIES_FILE);
  return loadBoundaries(db, JSON.parse(readFileSync(file, 'utf8')), path.basename(file));
}

import { imageUrl } from '@/lib/images/limits';
import type { SpaceImageView } from './schema';

/** A stored space photo as the API shows it (the suffixes are lib/images/process.ts's spaceVariants). */
export const toSpaceImageView = (i: { id: number; key: string; position: number }): SpaceImageView => ({
  id: i.id,
  url: imageUrl(`${i.key}.webp`),
  thumbnailUrl: imageUrl(`${i.key}-thumb.webp`),
  position: i.position,
});

import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { imageBlobs } from '@/db/schema';
import { DomainError } from '@/lib/core/domain-error';
import { createUser } from '@/tests/support/factories';
import { testImage } from '@/tests/support/images';
import { createTestSpace } from '@/tests/support/spaces';
import { addSpaceImages, deleteSpaceImage, listSpaceImages, reorderSpaceImages } from './images';

describe('space photos', () => {
  it('never exceeds 10 per space under concurrent uploads, and refused uploads leave no files behind', async () => {
    const { host, space } = await createTestSpace();
    const photo = await testImage(16, 16);
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => addSpaceImages(getDb(), host, space.id, [photo, photo, photo])));
    const refused = results.filter((r) => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    for (const r of refused) expect(((r as PromiseRejectedResult).reason as DomainError).code).toBe('conflict');
    const images = await listSpaceImages(getDb(), space.id);
    expect(images.map((i) => i.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    // Two stored files (display + thumbnail) per kept photo, none for the refused ones.
    expect(await getDb().$count(imageBlobs)).toBe(18);
  });

  it('someone else gets forbidden before any encoding; a deleted space is not found', async () => {
    const { host, space } = await createTestSpace();
    const other = await createUser();
    await expect(addSpaceImages(getDb(), other, space.id, [Buffer.from('x')])).rejects.toMatchObject({ code: 'forbidden' });
    await expect(reorderSpaceImages(getDb(), other, space.id, [])).rejects.toMatchObject({ code: 'forbidden' });
    await expect(deleteSpaceImage(getDb(), host, space.id, 1)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('reorders and deletes keeping positions 0..n-1', async () => {
    const { host, space } = await createTestSpace();
    const photo = await testImage(16, 16);
    const [a, b, c] = await addSpaceImages(getDb(), host, space.id, [photo, photo, photo]);
    await reorderSpaceImages(getDb(), host, space.id, [c!.id, a!.id, b!.id]);
    await deleteSpaceImage(getDb(), host, space.id, a!.id);
    expect((await listSpaceImages(getDb(), space.id)).map((i) => [i.id, i.position])).toEqual([[c!.id, 0], [b!.id, 1]]);
  });
});

import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import * as imageRoute from '@/app/api/images/[...key]/route';
import * as spaceRoute from '@/app/api/spaces/[id]/route';
import * as imagesRoute from '@/app/api/spaces/[id]/images/route';
import * as imageItemRoute from '@/app/api/spaces/[id]/images/[imageId]/route';
import * as orderRoute from '@/app/api/spaces/[id]/images/order/route';
import { bearerFor, cookieFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { imageForm, testImage } from '../support/images';
import { createTestSpace } from '../support/spaces';

const upload = (spaceId: number, body: FormData, headers: Record<string, string>) =>
  call(imagesRoute.POST, { method: 'POST', params: { id: String(spaceId) }, headers, body });

async function spaceWithImages(n: number) {
  const { host, space } = await createTestSpace();
  const headers = await bearerFor(host);
  const colours = ['#ef4444', '#22c55e', '#3b82f6', '#eab308'];
  const buffers = await Promise.all(Array.from({ length: n }, (_, i) => testImage(64, 48, 'png', colours[i % colours.length])));
  const res = n ? await upload(space.id, imageForm(buffers), headers) : null;
  return { host, space, headers, images: (res?.body.items ?? []) as { id: number; url: string; thumbnailUrl: string; position: number }[] };
}

const serve = (url: string) => call(imageRoute.GET, { path: url, params: { key: url.replace('/api/images/', '').split('/') } as never });

describe('POST /api/spaces/{id}/images', () => {
  it('stores several photos (201) in order and the space lists them with urls that serve WebP for a year', async () => {
    const { space, headers, images } = await spaceWithImages(2);
    expect(images).toEqual([
      { id: expect.any(Number), url: expect.stringMatching(/^\/api\/images\/spaces\/\d+\/[0-9a-f-]+\.webp$/), thumbnailUrl: expect.stringMatching(/-thumb\.webp$/), position: 0 },
      expect.objectContaining({ position: 1 }),
    ]);
    const shown = await call(spaceRoute.GET, { params: { id: String(space.id) }, headers });
    expect(shown.body.images).toEqual(images);

    const res = await call(imageRoute.GET, { params: { key: images[0]!.thumbnailUrl.replace('/api/images/', '').split('/') } as never });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('accepts the single field `file` and a PNG whose name and declared type say text', async () => {
    const { host, space } = await createTestSpace();
    const form = imageForm([await testImage(30, 30)], 'file', 'notes.txt', 'text/plain');
    const res = await upload(space.id, form, await cookieFor(host));
    expect(res.status).toBe(201);
    expect(res.body.items).toHaveLength(1);
  });

  it('refuses a text file named .jpg (400 with a field error) and stores nothing', async () => {
    const { space, headers } = await spaceWithImages(0);
    const form = imageForm([Buffer.from('hello, not a picture')], 'files', 'photo.jpg', 'image/jpeg');
    expect(expectProblem(await upload(space.id, form, headers), 400).errors?.files).toBeDefined();
    expect((await call(spaceRoute.GET, { params: { id: String(space.id) } })).body.images).toEqual([]);
  });

  it('refuses a file over 10 MB with 413, and a request without files with 400', async () => {
    const { space, headers } = await spaceWithImages(0);
    expectProblem(await upload(space.id, imageForm([Buffer.alloc(10 * 1024 * 1024 + 10)]), headers), 413);
    expect(expectProblem(await upload(space.id, new FormData(), headers), 400).errors?.files).toBeDefined();
    const json = await call(imagesRoute.POST, { method: 'POST', params: { id: String(space.id) }, headers, unchecked: { files: [] } });
    expectProblem(json, 400);
  });

  it('keeps at most 10 photos per space: the 11th is refused with 409', async () => {
    const { space, headers } = await spaceWithImages(4);
    const six = await Promise.all(Array.from({ length: 6 }, () => testImage(20, 20)));
    expect((await upload(space.id, imageForm(six), headers)).status).toBe(201);
    const res = await upload(space.id, imageForm([await testImage(20, 20)]), headers);
    expect(expectProblem(res, 409).reason).toBe('too_many_images');
    expect((await call(spaceRoute.GET, { params: { id: String(space.id) } })).body.images).toHaveLength(10);
  });

  it('is for the host only: anonymous 401, another user 403, a missing space 404, a forged origin 403', async () => {
    const { host, space } = await spaceWithImages(0);
    const form = async () => imageForm([await testImage(20, 20)]);
    expectProblem(await upload(space.id, await form(), {}), 401);
    expectProblem(await upload(space.id, await form(), await bearerFor(await createUser())), 403);
    expectProblem(await upload(999_999, await form(), await bearerFor(host)), 404);
    expectProblem(await upload(space.id, await form(), { ...(await cookieFor(host)), origin: 'https://evil.example' }), 403);
  });
});

describe('reordering and deleting photos', () => {
  it('PUT /images/order sets the gallery order; it must name every photo once', async () => {
    const { space, headers, images } = await spaceWithImages(3);
    const ids = images.map((i) => i.id);
    const put = (imageIds: unknown, h: Record<string, string> = headers) => call(orderRoute.PUT, { method: 'PUT', params: { id: String(space.id) }, headers: h, unchecked: { imageIds } });
    const res = await put([ids[2], ids[0], ids[1]]);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { id: number; position: number }) => [i.id, i.position])).toEqual([[ids[2], 0], [ids[0], 1], [ids[1], 2]]);
    expect((await call(spaceRoute.GET, { params: { id: String(space.id) } })).body.images.map((i: { id: number }) => i.id)).toEqual([ids[2], ids[0], ids[1]]);
    for (const bad of [[ids[0], ids[1]], [ids[0], ids[0], ids[1]], [ids[0], ids[1], 999_999], 'x']) expectProblem(await put(bad), 400);
    expectProblem(await put(ids, await bearerFor(await createUser())), 403);
    expectProblem(await put(ids, {}), 401);
  });

  it('DELETE /images/{imageId} answers 204, closes the gap and removes the stored files', async () => {
    const { space, headers, images } = await spaceWithImages(3);
    const del = (imageId: number, h: Record<string, string> = headers) => call(imageItemRoute.DELETE, { method: 'DELETE', params: { id: String(space.id), imageId: String(imageId) }, headers: h });
    expectProblem(await del(images[1]!.id, await bearerFor(await createUser())), 403);
    expectProblem(await del(images[1]!.id, {}), 401);
    expect((await del(images[1]!.id)).status).toBe(204);
    expectProblem(await del(images[1]!.id), 404);
    const left = (await call(spaceRoute.GET, { params: { id: String(space.id) } })).body.images;
    expect(left.map((i: { id: number; position: number }) => [i.id, i.position])).toEqual([[images[0]!.id, 0], [images[2]!.id, 1]]);
    expect((await serve(images[1]!.url)).status).toBe(404);
    expect((await serve(images[0]!.url)).status).toBe(200);
    // Another space's photo id is not found through this space.
    const other = await spaceWithImages(1);
    expectProblem(await del(other.images[0]!.id), 404);
  });
});

describe('GET /api/images/{key}', () => {
  it('serves the 1600 px display size and the 400 px thumbnail', async () => {
    const { host, space } = await createTestSpace();
    const image = (await upload(space.id, imageForm([await testImage(2000, 1000)]), await bearerFor(host))).body.items[0]!;
    for (const [url, width] of [[image.url, 1600], [image.thumbnailUrl, 400]] as const) {
      const res = await imageRoute.GET(new Request(`http://localhost${url}`), { params: Promise.resolve({ key: url.replace('/api/images/', '').split('/') }) });
      expect(res.status).toBe(200);
      expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(width);
    }
  });

  it('answers 404 for unknown or malformed keys', async () => {
    expectProblem(await serve('/api/images/spaces/1/00000000-0000-0000-0000-000000000000.webp'), 404);
    expectProblem(await serve('/api/images/../../etc/passwd'), 400);
  });
});

describe('no upload produces a 500', () => {
  it('random bytes, PNG headers with garbage after them, odd field names', async () => {
    const { space, headers } = await spaceWithImages(0);
    const png = await testImage(8, 8);
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.uint8Array({ maxLength: 500 }).map((tail) => Buffer.concat([png.subarray(0, 33), tail])));
    await fc.assert(
      fc.asyncProperty(fc.array(bytes, { minLength: 1, maxLength: 3 }), fc.constantFrom('files', 'file', 'photo'), async (files, field) => {
        const res = await upload(space.id, imageForm(files.map((f) => Buffer.from(f)), field), headers);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expect(res.headers.get('content-type')).toBe('application/problem+json');
      }),
      { numRuns: 40 },
    );
  });
});

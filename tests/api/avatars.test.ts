import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import * as imageRoute from '@/app/api/images/[...key]/route';
import * as avatarRoute from '@/app/api/users/me/avatar/route';
import * as meRoute from '@/app/api/users/me/route';
import * as spaceRoute from '@/app/api/spaces/[id]/route';
import { bearerFor, cookieFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { imageForm, testImage } from '../support/images';
import { createTestSpace } from '../support/spaces';

const put = (body: FormData, headers: Record<string, string>) => call(avatarRoute.PUT, { method: 'PUT', headers, body });
// An avatar URL as the API gives it (null when there is none: the test fails on it).
const fetchImage = async (url: string | null) =>
  imageRoute.GET(new Request(`http://localhost${url}`), { params: Promise.resolve({ key: String(url).replace('/api/images/', '').split('/') }) });

describe('/api/users/me/avatar', () => {
  it('stores a 256 px square avatar, shown on /me (256 px) and next to my content (64 px)', async () => {
    const { host, space } = await createTestSpace();
    const headers = await bearerFor(host);
    expect((await call(meRoute.GET, { headers })).body.avatarUrl).toBeNull();
    const res = await put(imageForm([await testImage(400, 300, 'jpeg')], 'file'), headers);
    expect(res.status).toBe(200);
    expect(res.body.avatarUrl).toMatch(/^\/api\/images\/avatars\/\d+\/[0-9a-f-]+-256\.webp$/);
    expect((await call(meRoute.GET, { headers })).body.avatarUrl).toBe(res.body.avatarUrl);
    const big = await fetchImage(res.body.avatarUrl);
    expect(await sharp(Buffer.from(await big.arrayBuffer())).metadata()).toMatchObject({ width: 256, height: 256, format: 'webp' });
    const ref = (await call(spaceRoute.GET, { params: { id: String(space.id) } })).body.host;
    expect(ref.avatarUrl).toBe(res.body.avatarUrl!.replace('-256.webp', '-64.webp'));
  });

  it('replacing an avatar deletes the old files; DELETE answers 204 and clears it', async () => {
    const user = await createUser();
    const headers = await cookieFor(user);
    const first = (await put(imageForm([await testImage(50, 50)], 'file'), headers)).body.avatarUrl;
    const second = (await put(imageForm([await testImage(60, 60, 'webp')], 'file'), headers)).body.avatarUrl;
    expect(second).not.toBe(first);
    expect((await fetchImage(first)).status).toBe(404);
    expect((await fetchImage(second)).status).toBe(200);
    expect((await call(avatarRoute.DELETE, { method: 'DELETE', headers })).status).toBe(204);
    expect((await call(meRoute.GET, { headers })).body.avatarUrl).toBeNull();
    expect((await fetchImage(second)).status).toBe(404);
  });

  it('refuses anonymous (401), non-images (400 on file) and files over 10 MB (413)', async () => {
    const headers = await bearerFor(await createUser());
    expectProblem(await put(imageForm([await testImage(20, 20)], 'file'), {}), 401);
    expectProblem(await call(avatarRoute.DELETE, { method: 'DELETE' }), 401);
    expect(expectProblem(await put(imageForm([Buffer.from('GIF89a but not really')], 'file', 'a.gif', 'image/gif'), headers), 400).errors?.file).toBeDefined();
    expectProblem(await put(imageForm([Buffer.alloc(10 * 1024 * 1024 + 1)], 'file'), headers), 413);
    expectProblem(await put(imageForm([await testImage(20, 20), await testImage(20, 20)], 'file'), headers), 400);
  });
});

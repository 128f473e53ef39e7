import { notFound } from '@/lib/core/domain-error';
import { handle } from '@/lib/http/handler';
import { getImageEndpoint } from '@/lib/images/endpoints';
import { imageStore } from '@/lib/images/store';

export const GET = handle(getImageEndpoint, async ({ params }) => {
  const image = await imageStore().get(params.key);
  if (!image) throw notFound('이미지를 찾을 수 없습니다.');
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      'content-type': image.contentType,
      'content-length': String(image.bytes.length),
      // A key names one upload forever (a new photo gets a new key), so browsers and CDNs may keep it.
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    },
  });
});

import { getChatImageEndpoint } from '@/lib/chat/endpoints';
import { chatImageForMember } from '@/lib/chat/images';
import { handle } from '@/lib/http/handler';

export const GET = handle(getChatImageEndpoint, async ({ db, actor, params }) => {
  const image = await chatImageForMember(db, actor.user.id, params.key);
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      'content-type': image.contentType,
      'content-length': String(image.bytes.length),
      // A key names one photo forever, but only members may see it: browsers keep it, shared caches don't.
      'cache-control': 'private, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    },
  });
});

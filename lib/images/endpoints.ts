import { z } from '@/lib/core/zod';
import { defineEndpoint } from '@/lib/core/endpoint';

/** Keys the app writes: spaces/<id>/<uuid><suffix>.webp and avatars/<id>/<uuid><suffix>.webp. */
const imageKeyParams = z.object({
  key: z
    .array(z.string())
    .transform((parts) => parts.join('/'))
    .pipe(z.string().regex(/^(spaces|avatars)\/\d+\/[0-9a-f-]{36}(-thumb|-256|-64)?\.webp$/, '이미지를 찾을 수 없습니다.')),
});

export const getImageEndpoint = defineEndpoint({
  method: 'GET', path: '/api/images/{key}', tag: 'images', auth: 'none',
  summary: '저장된 이미지 (공간 사진, 프로필 사진; 키는 바뀌지 않으므로 1년 동안 캐시)', params: imageKeyParams,
  produces: 'image/webp', responses: { 200: null }, errors: [404],
});

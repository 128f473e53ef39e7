import { defineEndpoint } from '@/lib/core/endpoint';
import { weatherWithPlace } from './schema';

export const weatherEndpoint = defineEndpoint({
  method: 'GET', path: '/api/weather', tag: 'weather and menus', auth: 'required',
  summary: '우리 동네 날씨 (기상청 초단기실황 + 초단기예보, 격자별 10분 캐시). 설정이 없거나 기상청이 응답하지 않으면 503',
  responses: { 200: weatherWithPlace }, errors: [503],
});

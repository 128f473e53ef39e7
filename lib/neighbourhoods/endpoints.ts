import { z } from '@/lib/core/zod';
import { defineEndpoint } from '@/lib/core/endpoint';
import { codeParams, nearestQuery, neighbourhood, searchQuery } from './schema';

const tag = 'neighbourhoods';

export const searchNeighbourhoodsEndpoint = defineEndpoint({
  method: 'GET', path: '/api/neighbourhoods', tag, auth: 'none',
  summary: '동네 검색 ("용담", "종로구 청운", "제주시"), 잘 맞는 순서로 최대 20개',
  query: searchQuery, responses: { 200: z.object({ items: z.array(neighbourhood) }) },
});

export const nearestNeighbourhoodEndpoint = defineEndpoint({
  method: 'GET', path: '/api/neighbourhoods/nearest', tag, auth: 'none',
  summary: '좌표에서 가장 가까운 행정동', query: nearestQuery, responses: { 200: neighbourhood },
});

export const getNeighbourhoodEndpoint = defineEndpoint({
  method: 'GET', path: '/api/neighbourhoods/{code}', tag, auth: 'none',
  summary: '행정동 하나', params: codeParams, responses: { 200: neighbourhood }, errors: [404],
});

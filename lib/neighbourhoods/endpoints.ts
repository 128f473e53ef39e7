import { endpointGroup } from '@/lib/core/endpoint';
import { listOf } from '@/lib/core/pagination';
import { codeParams, nearestQuery, neighbourhood, searchQuery } from './schema';

const api = endpointGroup({ tag: 'neighbourhoods', auth: 'none', idParams: codeParams });

export const searchNeighbourhoodsEndpoint = api.define({
  method: 'GET', path: '/api/neighbourhoods',
  summary: '동네 검색 ("용담", "종로구 청운", "제주시"), 잘 맞는 순서로 최대 20개',
  query: searchQuery, responses: { 200: listOf(neighbourhood) },
});

export const nearestNeighbourhoodEndpoint = api.define({
  method: 'GET', path: '/api/neighbourhoods/nearest', summary: '좌표에서 가장 가까운 행정동', query: nearestQuery, responses: { 200: neighbourhood },
});

export const getNeighbourhoodEndpoint = api.get('/api/neighbourhoods/{code}', '행정동 하나', neighbourhood);

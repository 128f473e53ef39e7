import { endpointGroup } from '@/lib/core/endpoint';
import { createPostBody, listPostsQuery, mealPost, postIdParams, postPage, updatePostBody } from './schema';

const api = endpointGroup({ tag: 'meal boards', auth: 'required', idParams: postIdParams });

export const listPostsEndpoint = api.list('/api/posts', '우리 동네 같이 주문 글 (scope=sigungu면 시군구 전체), 최신순. page.range는 현재 페이지 주변 최대 10개, page.prev/next는 10페이지씩 이전·다음 창으로 (range 밖에 페이지가 없으면 null). status=open이면 page.total과 totalPages는 다음 창 끝까지만 센 값이라 실제보다 작을 수 있습니다 (range, prev, next는 정확)', listPostsQuery, postPage);

export const createPostEndpoint = api.create('/api/posts', '글쓰기: 글과 채팅방을 만들고 글쓴이가 첫 멤버가 됩니다', createPostBody, mealPost, { limit: 'mealPost' });

export const getPostEndpoint = api.get('/api/posts/{id}', '글 하나', mealPost);

export const updatePostEndpoint = api.update('/api/posts/{id}', '글 수정 (글쓴이; 모집 인원은 참여 인원보다 적을 수 없음)', updatePostBody, mealPost, { errors: [403, 404, 409] });

export const deletePostEndpoint = api.remove('/api/posts/{id}', '글 삭제 (글쓴이; 채팅방도 삭제)');

export const completePostEndpoint = api.action('/api/posts/{id}/complete', '모집 완료 (글쓴이)', mealPost, { errors: [403, 404] });

export const reopenPostEndpoint = api.action('/api/posts/{id}/reopen', '다시 모집 (글쓴이; 만석이면 409)', mealPost, { errors: [403, 404, 409] });

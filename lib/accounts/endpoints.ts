import { z } from '@/lib/core/zod';
import { defineEndpoint } from '@/lib/http/endpoint';
import { paginated } from '@/lib/http/pagination';
import {
  changePasswordBody,
  credentialsBody,
  deleteAccountBody,
  me,
  publicUser,
  refreshBody,
  signUpBody,
  tokenPair,
  updateMeBody,
  userIdParams,
  userSearchQuery,
} from './schema';

const tag = 'accounts';

export const signUpEndpoint = defineEndpoint({
  method: 'POST', path: '/api/users', tag, auth: 'none',
  summary: '회원가입', body: signUpBody, responses: { 201: me }, errors: [409],
});

export const searchUsersEndpoint = defineEndpoint({
  method: 'GET', path: '/api/users', tag, auth: 'required',
  summary: '사용자 검색 (정확한 이메일 또는 닉네임 일부, 2자 이상)', query: userSearchQuery,
  responses: { 200: paginated(publicUser) },
});

export const getMeEndpoint = defineEndpoint({
  method: 'GET', path: '/api/users/me', tag, auth: 'required', summary: '내 정보', responses: { 200: me },
});

export const updateMeEndpoint = defineEndpoint({
  method: 'PATCH', path: '/api/users/me', tag, auth: 'required',
  summary: '내 정보 수정 (닉네임, 소개, 동네)', body: updateMeBody, responses: { 200: me }, errors: [409],
});

export const deleteMeEndpoint = defineEndpoint({
  method: 'DELETE', path: '/api/users/me', tag, auth: 'required',
  summary: '회원 탈퇴 (30일 이내 복구 가능)', body: deleteAccountBody, responses: { 204: null },
});

export const changePasswordEndpoint = defineEndpoint({
  method: 'POST', path: '/api/users/me/password', tag, auth: 'required',
  summary: '비밀번호 변경: 다른 모든 세션과 토큰이 끊기고, 요청한 세션은 새 쿠키(또는 새 토큰)를 받습니다',
  body: changePasswordBody,
  responses: { 200: z.object({ user: me }).extend(tokenPair.omit({ user: true }).partial().shape) },
});

export const revokeSessionsEndpoint = defineEndpoint({
  method: 'DELETE', path: '/api/users/me/sessions', tag, auth: 'required',
  summary: '모든 기기에서 로그아웃', responses: { 204: null },
});

export const restoreEndpoint = defineEndpoint({
  method: 'POST', path: '/api/users/restore', tag, auth: 'none',
  summary: '탈퇴한 계정 복구 (30일 이내)', body: credentialsBody, responses: { 200: me }, errors: [409, 429],
});

export const getUserEndpoint = defineEndpoint({
  method: 'GET', path: '/api/users/{id}', tag, auth: 'optional',
  summary: '공개 프로필', params: userIdParams, responses: { 200: publicUser }, errors: [404],
});

export const createTokensEndpoint = defineEndpoint({
  method: 'POST', path: '/api/tokens', tag: 'tokens', auth: 'none',
  summary: '이메일과 비밀번호로 액세스 토큰(15분)과 리프레시 토큰 발급',
  body: credentialsBody, responses: { 201: tokenPair }, errors: [403, 429],
});

export const refreshTokensEndpoint = defineEndpoint({
  method: 'POST', path: '/api/tokens/refresh', tag: 'tokens', auth: 'none',
  summary: '리프레시 토큰 교체 (한 번 쓴 토큰을 다시 쓰면 그 로그인의 모든 토큰이 폐기됩니다)',
  body: refreshBody, responses: { 200: tokenPair },
});

export const revokeTokensEndpoint = defineEndpoint({
  method: 'DELETE', path: '/api/tokens', tag: 'tokens', auth: 'none',
  summary: '로그아웃 (리프레시 토큰 폐기)', body: refreshBody, responses: { 204: null },
});

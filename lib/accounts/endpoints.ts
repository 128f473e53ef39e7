import { z } from '@/lib/core/zod';
import { defineEndpoint } from '@/lib/core/endpoint';
import { paginated } from '@/lib/core/pagination';
import {
  acceptedMessage,
  changePasswordBody,
  completeOAuthSignupBody,
  emailVerificationResult,
  linkOAuthSignupBody,
  passwordResetBody,
  passwordResetRequestBody,
  pendingOAuthSignup,
  setPasswordBody,
  tokenParams,
  credentialsBody,
  deleteAccountBody,
  me,
  profile,
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
  summary: '회원가입', body: signUpBody, responses: { 201: me }, errors: [409, 503],
});

export const searchUsersEndpoint = defineEndpoint({
  method: 'GET', path: '/api/users', tag, auth: 'required',
  summary: '사용자 검색 (정확한 이메일 또는 닉네임 일부, 2자 이상; 탈퇴했거나 나를 차단한 사용자는 나오지 않습니다)', query: userSearchQuery,
  responses: { 200: paginated(profile) },
});

export const getMeEndpoint = defineEndpoint({
  method: 'GET', path: '/api/users/me', tag, auth: 'required', summary: '내 정보', responses: { 200: me },
});

export const updateMeEndpoint = defineEndpoint({
  method: 'PATCH', path: '/api/users/me', tag, auth: 'required',
  summary: '내 정보 수정 (닉네임, 소개 160자, 상태, 비공개 여부, 동네)', body: updateMeBody, responses: { 200: me }, errors: [409, 503],
});

export const deleteMeEndpoint = defineEndpoint({
  allowSuspended: true,
  method: 'DELETE', path: '/api/users/me', tag, auth: 'required',
  summary: '회원 탈퇴 (30일 이내 복구 가능)', body: deleteAccountBody, responses: { 204: null }, errors: [503],
});

export const changePasswordEndpoint = defineEndpoint({
  allowSuspended: true,
  method: 'POST', path: '/api/users/me/password', tag, auth: 'required',
  summary: '비밀번호 변경: 다른 모든 세션과 토큰이 끊기고, 요청한 세션은 새 쿠키(또는 새 토큰)를 받습니다',
  body: changePasswordBody,
  responses: { 200: z.object({ user: me }).extend(tokenPair.omit({ user: true }).partial().shape) }, errors: [503],
});

export const revokeSessionsEndpoint = defineEndpoint({
  allowSuspended: true,
  method: 'DELETE', path: '/api/users/me/sessions', tag, auth: 'required',
  summary: '모든 기기에서 로그아웃', responses: { 204: null },
});

export const restoreEndpoint = defineEndpoint({
  method: 'POST', path: '/api/users/restore', tag, auth: 'none',
  summary: '탈퇴한 계정 복구 (30일 이내)', body: credentialsBody, responses: { 200: me }, errors: [409, 429, 503],
});

export const getUserEndpoint = defineEndpoint({
  method: 'GET', path: '/api/users/{id}', tag, auth: 'optional',
  summary: '프로필 (비공개 프로필은 그 사용자가 친구로 추가한 사람에게만 자세히, 다른 사람에게는 닉네임만)',
  params: userIdParams, responses: { 200: profile }, errors: [404],
});

export const createTokensEndpoint = defineEndpoint({
  method: 'POST', path: '/api/tokens', tag: 'tokens', auth: 'none',
  summary: '이메일과 비밀번호로 액세스 토큰(15분)과 리프레시 토큰 발급',
  body: credentialsBody, responses: { 201: tokenPair }, errors: [403, 429, 503],
});

export const refreshTokensEndpoint = defineEndpoint({
  method: 'POST', path: '/api/tokens/refresh', tag: 'tokens', auth: 'none',
  summary: '리프레시 토큰 교체 (한 번 쓴 토큰을 다시 쓰면 그 로그인의 모든 토큰이 폐기됩니다)',
  body: refreshBody, responses: { 200: tokenPair },
});

export const revokeTokensEndpoint = defineEndpoint({
  allowSuspended: true,
  method: 'DELETE', path: '/api/tokens', tag: 'tokens', auth: 'none',
  summary: '로그아웃 (리프레시 토큰 폐기)', body: refreshBody, responses: { 204: null },
});

export const setPasswordEndpoint = defineEndpoint({
  allowSuspended: true,
  method: 'PUT', path: '/api/users/me/password', tag, auth: 'required',
  summary: '비밀번호 설정 (카카오로 가입해 비밀번호가 없는 계정만; 있으면 409)',
  body: setPasswordBody, responses: { 200: me }, errors: [409, 503],
});

export const requestPasswordResetEndpoint = defineEndpoint({
  method: 'POST', path: '/api/password-resets', tag: 'password-resets', auth: 'none',
  summary: '비밀번호 재설정 메일 요청: 가입 여부와 관계없이 같은 202 (링크는 30분, 한 번만 유효)',
  body: passwordResetRequestBody, responses: { 202: acceptedMessage }, errors: [429],
});

export const completePasswordResetEndpoint = defineEndpoint({
  method: 'POST', path: '/api/password-resets/{token}', tag: 'password-resets', auth: 'none',
  summary: '메일의 링크로 새 비밀번호 설정: 모든 세션과 토큰이 끊깁니다 (만료·재사용된 링크는 400, reason "invalid_token")',
  params: tokenParams, body: passwordResetBody, responses: { 204: null }, errors: [503],
});

export const resendVerificationEndpoint = defineEndpoint({
  allowSuspended: true,
  method: 'POST', path: '/api/users/me/verification', tag, auth: 'required',
  summary: '이메일 인증 메일 다시 보내기 (이미 인증됐으면 409, 15분에 3번까지)',
  responses: { 202: acceptedMessage }, errors: [409, 429],
});

export const confirmVerificationEndpoint = defineEndpoint({
  method: 'POST', path: '/api/email-verifications/{token}', tag, auth: 'none',
  summary: '메일의 링크로 이메일 인증 (24시간 유효, 다시 눌러도 같은 결과)',
  params: tokenParams, responses: { 200: emailVerificationResult },
});

export const getOAuthSignupEndpoint = defineEndpoint({
  method: 'GET', path: '/api/oauth-signup', tag: 'kakao', auth: 'none',
  summary: '카카오 첫 로그인의 가입 대기 정보 (세션 쿠키 기준; 없거나 만료되면 404)',
  responses: { 200: pendingOAuthSignup }, errors: [404],
});

export const completeOAuthSignupEndpoint = defineEndpoint({
  method: 'POST', path: '/api/oauth-signup', tag: 'kakao', auth: 'none',
  summary: '카카오 첫 로그인 마무리: 동네(와 닉네임, 카카오가 주지 않은 이메일)를 정하면 계정이 생기고 로그인됩니다',
  body: completeOAuthSignupBody, responses: { 201: me }, errors: [403, 404, 409],
});

export const linkOAuthSignupEndpoint = defineEndpoint({
  method: 'POST', path: '/api/oauth-signup/link', tag: 'kakao', auth: 'none',
  summary: '카카오 계정을 같은 이메일의 기존 계정에 연결 (기존 계정의 비밀번호로 확인)',
  body: linkOAuthSignupBody, responses: { 200: me }, errors: [403, 404, 409, 429, 503],
});

export const putAvatarEndpoint = defineEndpoint({
  method: 'PUT', path: '/api/users/me/avatar', tag, auth: 'required',
  summary: '프로필 사진 올리기/바꾸기 (multipart/form-data의 file; JPEG·PNG·WebP·GIF·AVIF, 10MB 이하 → 아니면 413; 256px·64px 정사각형 WebP로 저장)',
  upload: { fields: ['file'], multiple: false }, responses: { 200: me }, errors: [413],
});

export const deleteAvatarEndpoint = defineEndpoint({
  method: 'DELETE', path: '/api/users/me/avatar', tag, auth: 'required', summary: '프로필 사진 지우기', responses: { 204: null },
});

import { z } from '@/lib/core/zod';
import { endpointGroup } from '@/lib/core/endpoint';
import { paginated } from '@/lib/core/pagination';
import { createdPersonalToken, createPersonalTokenBody, personalTokenIdParams, personalTokenList, personalTokenView } from './personal-token-schema';
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

const api = endpointGroup({ tag: 'accounts', auth: 'required' });
const tokens = endpointGroup({ tag: 'tokens', auth: 'none' });
const kakao = endpointGroup({ tag: 'kakao', auth: 'none' });
/** Account self-service a suspended user may still do. */
const selfService = { allowSuspended: true } as const;

export const signUpEndpoint = api.create('/api/users', '회원가입', signUpBody, me, { auth: 'none', errors: [409, 503] });

export const searchUsersEndpoint = api.list('/api/users', '사용자 검색 (정확한 이메일 또는 닉네임 일부, 2자 이상; 탈퇴했거나 나를 차단한 사용자는 나오지 않습니다)', userSearchQuery, paginated(profile));

export const getMeEndpoint = api.define({ method: 'GET', path: '/api/users/me', summary: '내 정보', responses: { 200: me } });

export const updateMeEndpoint = api.define({
  method: 'PATCH', path: '/api/users/me',
  summary: '내 정보 수정 (닉네임, 소개 160자, 상태, 비공개 여부, 동네; 동네는 30일에 2번까지: 429 reason "too_many_changes")', body: updateMeBody, responses: { 200: me }, errors: [409, 429, 503],
});

export const deleteMeEndpoint = api.define({
  ...selfService,
  method: 'DELETE', path: '/api/users/me',
  summary: '회원 탈퇴 (30일 이내 복구 가능)', body: deleteAccountBody, responses: { 204: null }, errors: [503],
});

export const changePasswordEndpoint = api.define({
  ...selfService,
  method: 'POST', path: '/api/users/me/password',
  summary: '비밀번호 변경: 다른 모든 세션과 토큰이 끊기고, 요청한 세션은 새 쿠키(또는 새 토큰)를 받습니다',
  body: changePasswordBody,
  responses: { 200: z.object({ user: me }).extend(tokenPair.omit({ user: true }).partial().shape) }, errors: [503],
});

export const revokeSessionsEndpoint = api.define({ ...selfService, method: 'DELETE', path: '/api/users/me/sessions', summary: '모든 기기에서 로그아웃', responses: { 204: null } });

export const restoreEndpoint = api.define({
  method: 'POST', path: '/api/users/restore', auth: 'none',
  summary: '탈퇴한 계정 복구 (30일 이내)', body: credentialsBody, responses: { 200: me }, errors: [401, 409, 429, 503],
});

export const getUserEndpoint = api.get('/api/users/{id}', '프로필 (비공개 프로필은 그 사용자가 친구로 추가한 사람에게만 자세히, 다른 사람에게는 닉네임만)', profile, { auth: 'optional', params: userIdParams });

export const createTokensEndpoint = tokens.create('/api/tokens', '이메일과 비밀번호로 액세스 토큰(15분)과 리프레시 토큰 발급', credentialsBody, tokenPair, {
  errors: [401, 403, 429, 503],
});

export const refreshTokensEndpoint = tokens.define({
  method: 'POST', path: '/api/tokens/refresh',
  summary: '리프레시 토큰 교체 (한 번 쓴 토큰을 다시 쓰면 그 로그인의 모든 토큰이 폐기됩니다)',
  body: refreshBody, responses: { 200: tokenPair }, errors: [401],
});

export const revokeTokensEndpoint = tokens.define({ ...selfService, method: 'DELETE', path: '/api/tokens', summary: '로그아웃 (리프레시 토큰 폐기)', body: refreshBody, responses: { 204: null } });

export const setPasswordEndpoint = api.define({
  ...selfService,
  method: 'PUT', path: '/api/users/me/password',
  summary: '비밀번호 설정 (카카오로 가입해 비밀번호가 없는 계정만; 있으면 409)',
  body: setPasswordBody, responses: { 200: me }, errors: [409, 503],
});

export const requestPasswordResetEndpoint = api.define({
  method: 'POST', path: '/api/password-resets', tag: 'password-resets', auth: 'none',
  summary: '비밀번호 재설정 메일 요청: 가입 여부와 관계없이 같은 202 (링크는 30분, 한 번만 유효)',
  body: passwordResetRequestBody, responses: { 202: acceptedMessage }, errors: [429],
});

export const completePasswordResetEndpoint = api.define({
  method: 'POST', path: '/api/password-resets/{token}', tag: 'password-resets', auth: 'none',
  summary: '메일의 링크로 새 비밀번호 설정: 모든 세션과 토큰이 끊깁니다 (만료·재사용된 링크는 400, reason "invalid_token")',
  params: tokenParams, body: passwordResetBody, responses: { 204: null }, errors: [503],
});

export const resendVerificationEndpoint = api.define({
  ...selfService,
  method: 'POST', path: '/api/users/me/verification',
  summary: '이메일 인증 메일 다시 보내기 (이미 인증됐으면 409, 15분에 3번까지)',
  responses: { 202: acceptedMessage }, errors: [409, 429],
});

export const confirmVerificationEndpoint = api.define({
  method: 'POST', path: '/api/email-verifications/{token}', auth: 'none',
  summary: '메일의 링크로 이메일 인증 (24시간 유효, 다시 눌러도 같은 결과)',
  params: tokenParams, responses: { 200: emailVerificationResult },
});

export const getOAuthSignupEndpoint = kakao.define({
  method: 'GET', path: '/api/oauth-signup',
  summary: '카카오 첫 로그인의 가입 대기 정보 (세션 쿠키 기준; 없거나 만료되면 404)',
  responses: { 200: pendingOAuthSignup }, errors: [404],
});

export const completeOAuthSignupEndpoint = kakao.create('/api/oauth-signup', '카카오 첫 로그인 마무리: 동네(와 닉네임, 카카오가 주지 않은 이메일)를 정하면 계정이 생기고 로그인됩니다', completeOAuthSignupBody, me, { errors: [403, 404, 409] });

export const linkOAuthSignupEndpoint = kakao.define({
  method: 'POST', path: '/api/oauth-signup/link',
  summary: '카카오 계정을 같은 이메일의 기존 계정에 연결 (기존 계정의 비밀번호로 확인)',
  body: linkOAuthSignupBody, responses: { 200: me }, errors: [401, 403, 404, 409, 429, 503],
});

export const putAvatarEndpoint = api.define({
  method: 'PUT', path: '/api/users/me/avatar',
  summary: '프로필 사진 올리기/바꾸기 (multipart/form-data의 file; JPEG·PNG·WebP·GIF·AVIF, 10MB 이하 → 아니면 413; 256px·64px 정사각형 WebP로 저장)',
  upload: { fields: ['file'], multiple: false }, responses: { 200: me }, errors: [413],
});

export const deleteAvatarEndpoint = api.define({ method: 'DELETE', path: '/api/users/me/avatar', summary: '프로필 사진 지우기', responses: { 204: null } });

const personal = endpointGroup({ tag: 'tokens', auth: 'required', idParams: personalTokenIdParams });
export const createPersonalTokenEndpoint = personal.create(
  '/api/tokens/personal',
  '개인 액세스 토큰(dn_pat_…) 만들기 {name, scopes, expiresInDays?}: 토큰은 이 응답에서 한 번만 보여 줍니다. 권한 밖의 작업은 403 reason "insufficient_scope". 사용자당 20개(넘으면 409 token_limit)',
  createPersonalTokenBody,
  createdPersonalToken,
  { errors: [409] },
);
export const listPersonalTokensEndpoint = personal.define({
  method: 'GET', path: '/api/tokens/personal', summary: '내 개인 액세스 토큰 (토큰 값 없이 앞부분 prefix만)', responses: { 200: personalTokenList },
});
export const getPersonalTokenEndpoint = personal.get('/api/tokens/personal/{id}', '개인 액세스 토큰 하나', personalTokenView);
export const revokePersonalTokenEndpoint = personal.remove('/api/tokens/personal/{id}', '개인 액세스 토큰 폐기 (바로 더는 쓸 수 없습니다)', { ...selfService, errors: [404] });

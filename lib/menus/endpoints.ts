import { endpointGroup } from '@/lib/core/endpoint';
import { askBody, conversationView, recommendationsView } from './schema';

const api = endpointGroup({ tag: 'weather and menus', auth: 'required' });
const chatPath = '/api/menus/chat';

export const recommendationsEndpoint = api.define({
  method: 'GET', path: '/api/menus/recommendations',
  summary: '오늘의 메뉴 추천 5개: 날씨, 시간대(서울), 우리 동네에 열린 같이 주문 글을 보는 규칙으로. 같은 날·동네·조건이면 같은 결과',
  responses: { 200: recommendationsView },
});

export const getMenuChatEndpoint = api.define({ method: 'GET', path: chatPath, summary: '오늘의 메뉴 상담 대화 (사용자별, 서울 기준 하루)', responses: { 200: conversationView } });

export const askMenuChatEndpoint = api.define({
  method: 'POST', path: chatPath, body: askBody, responses: { 200: conversationView }, errors: [429],
  summary: '메뉴 상담에 묻기 ("매운 거 말고", "혼밥 메뉴로"). AI 모델이 설정되면 하루 10번까지 모델이 답하고, 넘으면 429',
});

export const resetMenuChatEndpoint = api.define({ method: 'DELETE', path: chatPath, summary: '오늘의 메뉴 상담 대화 초기화', responses: { 204: null } });

import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ModelBehaviour = 'ok' | 'five' | 'slow' | 'invalid' | 'http_500';

const readJson = (req: IncomingMessage) =>
  new Promise<Record<string, unknown>>((resolve) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(JSON.parse(data || '{}')));
  });

/** A local OpenAI-compatible /chat/completions endpoint (port 0) answering as a test asks. */
export async function startFakeOpenAi() {
  const state = { behaviour: 'ok' as ModelBehaviour, requests: [] as { auth?: string; body: Record<string, unknown> }[] };
  const server = createServer(async (req, res) => {
    const body = await readJson(req);
    state.requests.push({ auth: req.headers.authorization, body });
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (req.url !== '/v1/chat/completions') return reply(404, { error: { message: 'not found' } });
    const content = (value: unknown) => ({ id: 'chatcmpl-1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify(value) }, finish_reason: 'stop' }] });
    switch (state.behaviour) {
      case 'slow':
        return void setTimeout(() => reply(200, content({})), 10_000).unref();
      case 'five':
        return reply(200, content({
          reply: '오늘은 이렇게 골라 봤어요.',
          menus: [
            { name: '고기국수', category: '백반,죽,국수', reason: '제주 저녁엔 뜨끈한 국수' },
            { name: '쌀국수', category: '아시안', reason: '맑은 국물이라 속이 편해요' },
            { name: '양념치킨', category: '치킨', reason: '동네에 치킨 모집 글이 많아요' },
            { name: '마르게리타', category: '피자', reason: '나눠 먹기 좋아요' },
            { name: '모둠초밥', category: '돈까스,회,일식', reason: '가볍게 먹기 좋아요' },
          ],
        }));
      case 'http_500':
        return reply(500, { error: { message: 'overloaded' } });
      case 'invalid':
        return reply(200, content({ reply: '추천해요', menus: [{ name: '라면', category: '라면집', reason: '없는 카테고리' }] }));
      default:
        return reply(200, content({
          reply: '매운 건 빼고 골라 봤어요.',
          menus: [
            { name: '쌀국수', category: '아시안', reason: '맑은 국물이라 속이 편해요' },
            { name: '돈까스', category: '돈까스,회,일식', reason: '혼자 먹기 좋아요' },
          ],
        }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    state,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type KmaScenario = 'ok' | 'no_data' | 'service_error' | 'timeout' | 'malformed' | 'xml' | 'http_500';
export type KmaObservation = { T1H: number; RN1: number; REH: number; PTY: number; WSD: number; SKY: number };
export type KmaCall = { operation: string; baseDate: string; baseTime: string; nx: number; ny: number; serviceKey: string | null };

const defaultObservation: KmaObservation = { T1H: 12.3, RN1: 0, REH: 55, PTY: 0, WSD: 2.1, SKY: 1 };

/**
 * A local stand-in for VilageFcstInfoService_2.0 (getUltraSrtNcst, getUltraSrtFcst) answering the
 * documented JSON envelope, or the failure a test asks for per grid cell. Listens on port 0.
 */
export async function startFakeKma(options: { scenario?: (call: KmaCall) => KmaScenario; observation?: (call: KmaCall) => Partial<KmaObservation> } = {}) {
  const calls: KmaCall[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const operation = url.pathname.split('/').pop() ?? '';
    const call: KmaCall = {
      operation,
      baseDate: url.searchParams.get('base_date') ?? '',
      baseTime: url.searchParams.get('base_time') ?? '',
      nx: Number(url.searchParams.get('nx')),
      ny: Number(url.searchParams.get('ny')),
      serviceKey: url.searchParams.get('serviceKey'),
    };
    calls.push(call);
    const scenario = options.scenario?.(call) ?? 'ok';
    const send = (status: number, body: string, type = 'application/json;charset=UTF-8') => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    const header = (resultCode: string, resultMsg: string) => ({ resultCode, resultMsg });
    switch (scenario) {
      case 'timeout':
        return void setTimeout(() => send(200, '{}'), 10_000).unref();
      case 'http_500':
        return send(500, 'Internal Server Error', 'text/plain');
      case 'malformed':
        return send(200, '{"response": {"header": {"resultCode": "00"', 'application/json');
      case 'xml':
        return send(
          200,
          '<OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>SERVICE ERROR</errMsg><returnAuthMsg>SERVICE_KEY_IS_NOT_REGISTERED_ERROR</returnAuthMsg><returnReasonCode>30</returnReasonCode></cmmMsgHeader></OpenAPI_ServiceResponse>',
          'text/xml',
        );
      case 'no_data':
        return send(200, JSON.stringify({ response: { header: header('03', 'NO_DATA') } }));
      case 'service_error':
        return send(200, JSON.stringify({ response: { header: header('10', 'INVALID_REQUEST_PARAMETER_ERROR') } }));
    }
    const o = { ...defaultObservation, ...options.observation?.(call) };
    const common = { baseDate: call.baseDate, baseTime: call.baseTime, nx: call.nx, ny: call.ny };
    let item: object[];
    if (operation === 'getUltraSrtNcst') {
      item = (['PTY', 'REH', 'RN1', 'T1H', 'UUU', 'VEC', 'VVV', 'WSD'] as const).map((category) => ({
        ...common,
        category,
        obsrValue: String(category in o ? o[category as keyof KmaObservation] : 0),
      }));
    } else if (operation === 'getUltraSrtFcst') {
      // Six hours from the hour after the HH30 run.
      const start = new Date(`${call.baseDate.slice(0, 4)}-${call.baseDate.slice(4, 6)}-${call.baseDate.slice(6, 8)}T${call.baseTime.slice(0, 2)}:00:00Z`);
      item = [];
      for (let h = 1; h <= 6; h++) {
        const t = new Date(start.getTime() + h * 3_600_000);
        const fcstDate = t.toISOString().slice(0, 10).replaceAll('-', '');
        const fcstTime = `${t.toISOString().slice(11, 13)}00`;
        const values: Record<string, string> = {
          T1H: String(o.T1H + h * 0.5),
          SKY: String(o.SKY),
          PTY: String(o.PTY),
          RN1: o.RN1 > 0 ? `${o.RN1.toFixed(1)}mm` : '강수없음',
          REH: String(o.REH),
        };
        for (const [category, fcstValue] of Object.entries(values)) item.push({ ...common, category, fcstDate, fcstTime, fcstValue });
      }
    } else {
      return send(404, 'not found', 'text/plain');
    }
    send(200, JSON.stringify({
      response: {
        header: header('00', 'NORMAL_SERVICE'),
        body: { dataType: 'JSON', items: { item }, pageNo: 1, numOfRows: 1000, totalCount: item.length },
      },
    }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/1360000/VilageFcstInfoService_2.0`;
  return {
    baseUrl,
    calls,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

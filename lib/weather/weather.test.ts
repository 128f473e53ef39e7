import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { weatherCache } from '@/db/schema';
import { startFakeKma, type KmaScenario } from '@/tests/support/fake-kma';
import { CHEONGUN, YONGDAM2 } from '@/tests/support/factories';
import { deleteExpiredWeather } from './cache';
import { fetchWeather, kmaConfigFromEnv, type KmaConfig } from './kma-client';
import { getNeighbourhoodWeather, weatherOrNull } from './queries';

let kma: Awaited<ReturnType<typeof startFakeKma>>;
let scenario: KmaScenario = 'ok';
let forecastScenario: KmaScenario = 'ok';
const at = new Date('2026-11-25T14:50:00+09:00');
let now = at;
const clock = () => now;
let config: KmaConfig;

beforeAll(async () => {
  kma = await startFakeKma({
    scenario: (call) => (call.operation === 'getUltraSrtFcst' ? forecastScenario : scenario),
    observation: (call) => (call.ny === 38 ? { T1H: 8.5, PTY: 1, RN1: 2.5 } : {}),
  });
  config = { serviceKey: 'test+key/==', baseUrl: kma.baseUrl, timeoutMs: 300 };
});
afterAll(() => kma.close());
beforeEach(() => {
  scenario = 'ok';
  forecastScenario = 'ok';
  now = at;
  kma.calls.length = 0;
});

describe('KMA client', () => {
  it('asks for the right runs and parses the nowcast and the next hours', async () => {
    const weather = await fetchWeather(config, { nx: 53, ny: 38 }, at);
    expect(kma.calls.map((c) => [c.operation, c.baseDate, c.baseTime, c.nx, c.ny])).toEqual(
      expect.arrayContaining([
        ['getUltraSrtNcst', '20261125', '1400', 53, 38],
        ['getUltraSrtFcst', '20261125', '1430', 53, 38],
      ]),
    );
    // The decoded key is URL-encoded exactly once.
    expect(kma.calls[0]!.serviceKey).toBe('test+key/==');
    expect(weather).toMatchObject({
      grid: { nx: 53, ny: 38 },
      observedAt: '2026-11-25T05:00:00.000Z',
      temperature: 8.5,
      humidity: 55,
      rain1h: 2.5,
      windSpeed: 2.1,
      precipitation: 'rain',
      sky: 'clear',
      summary: '비',
    });
    expect(weather.hourly).toHaveLength(6);
    expect(weather.hourly[0]).toEqual({ at: '2026-11-25T06:00:00.000Z', temperature: 9, sky: 'clear', precipitation: 'rain', rain: '2.5mm' });
  });

  it.each([
    ['no_data', 'no_data'],
    ['service_error', 'result_10'],
    ['timeout', 'timeout'],
    ['malformed', 'malformed'],
    ['xml', 'malformed'],
    ['http_500', 'http_500'],
  ] as const)('reports %s as unavailable (%s)', async (s, reason) => {
    scenario = s;
    await expect(fetchWeather(config, { nx: 60, ny: 127 }, at)).rejects.toMatchObject({ code: 'unavailable', extra: { reason } });
  });

  it('still answers the nowcast when only the forecast fails', async () => {
    forecastScenario = 'http_500';
    const weather = await fetchWeather(config, { nx: 60, ny: 127 }, at);
    expect(weather).toMatchObject({ temperature: 12.3, sky: null, hourly: [], summary: '관측 중' });
  });

  it('is configured by KMA_SERVICE_KEY only', () => {
    expect(kmaConfigFromEnv({})).toBeNull();
    expect(kmaConfigFromEnv({ KMA_SERVICE_KEY: ' ' })).toBeNull();
    expect(kmaConfigFromEnv({ KMA_SERVICE_KEY: 'k' })).toMatchObject({ serviceKey: 'k', timeoutMs: 3000, baseUrl: expect.stringContaining('VilageFcstInfoService_2.0') });
  });
});

describe('weather per neighbourhood, cached per grid cell', () => {
  it('fetches a cell once per 10 minutes, for every user and concurrent request', async () => {
    const db = getDb();
    const results = await Promise.all(Array.from({ length: 5 }, () => getNeighbourhoodWeather(db, YONGDAM2, { config, clock })));
    expect(results[0]).toMatchObject({ neighbourhood: { code: YONGDAM2, dong: '용담2동' }, grid: { nx: 52, ny: 38 } });
    expect(kma.calls.filter((c) => c.operation === 'getUltraSrtNcst')).toHaveLength(1);
    now = new Date(at.getTime() + 9 * 60_000);
    await getNeighbourhoodWeather(db, YONGDAM2, { config, clock });
    expect(kma.calls.filter((c) => c.operation === 'getUltraSrtNcst')).toHaveLength(1);
    now = new Date(at.getTime() + 10 * 60_000 + 1);
    await getNeighbourhoodWeather(db, YONGDAM2, { config, clock });
    expect(kma.calls.filter((c) => c.operation === 'getUltraSrtNcst')).toHaveLength(2);
    // Another cell is another entry.
    await getNeighbourhoodWeather(db, CHEONGUN, { config, clock });
    expect(await db.select().from(weatherCache)).toHaveLength(2);
  });

  it('remembers a failure for a minute, then asks again', async () => {
    const db = getDb();
    scenario = 'no_data';
    await expect(getNeighbourhoodWeather(db, CHEONGUN, { config, clock })).rejects.toMatchObject({ code: 'unavailable' });
    expect(await weatherOrNull(db, CHEONGUN, { config, clock })).toBeNull();
    expect(kma.calls.filter((c) => c.operation === 'getUltraSrtNcst')).toHaveLength(1);
    scenario = 'ok';
    now = new Date(at.getTime() + 61_000);
    expect(await weatherOrNull(db, CHEONGUN, { config, clock })).toMatchObject({ temperature: 12.3 });
  });

  it('is unavailable without a key, without asking anyone', async () => {
    await expect(getNeighbourhoodWeather(getDb(), YONGDAM2, { config: null, clock })).rejects.toMatchObject({ code: 'unavailable', extra: { reason: 'not_configured' } });
    expect(kma.calls).toHaveLength(0);
  });

  it('sweeps expired entries', async () => {
    const db = getDb();
    await getNeighbourhoodWeather(db, YONGDAM2, { config, clock });
    await deleteExpiredWeather(db, new Date(at.getTime() + 5 * 60_000));
    expect(await db.select().from(weatherCache)).toHaveLength(1);
    await deleteExpiredWeather(db, new Date(at.getTime() + 11 * 60_000));
    expect(await db.select().from(weatherCache)).toHaveLength(0);
  });
});

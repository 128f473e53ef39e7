import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { neighbourhoods } from '@/db/schema';
import { DomainError } from '@/lib/core/domain-error';
import { getNeighbourhood, nearestNeighbourhood, searchNeighbourhoods } from './queries';

describe('neighbourhoods', () => {
  it('are all loaded by migrating', async () => {
    const [row] = await getDb().select({ n: count() }).from(neighbourhoods);
    expect(row?.n).toBe(3524);
  });

  it('finds 용담2동 by typing "용담", dongs named so first', async () => {
    const found = await searchNeighbourhoods(getDb(), '용담');
    expect(found.map((n) => n.dong)).toContain('용담2동');
    expect(found.every((n) => n.fullName.includes('용담'))).toBe(true);
    expect(found.length).toBeLessThanOrEqual(20);
    const jeju = found.find((n) => n.dong === '용담2동')!;
    expect(jeju).toMatchObject({ code: '5011058000', sido: '제주특별자치도', sigungu: '제주시' });
  });

  it('matches several words across district and dong', async () => {
    const [first] = await searchNeighbourhoods(getDb(), '종로구 청운');
    expect(first?.dong).toBe('청운효자동');
  });

  it('finds every dong of a city by its name', async () => {
    const found = await searchNeighbourhoods(getDb(), '제주시');
    expect(found.length).toBe(20);
    expect(found.every((n) => n.sigungu === '제주시')).toBe(true);
  });

  it('finds wards of self-governing cities written with a space', async () => {
    const found = await searchNeighbourhoods(getDb(), '수원시 장안구');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.fullName).toContain('수원시 장안구');
  });

  it('treats LIKE wildcards literally', async () => {
    expect(await searchNeighbourhoods(getDb(), '%')).toEqual([]);
    expect(await searchNeighbourhoods(getDb(), '_')).toEqual([]);
  });

  it('returns the nearest dong to a point', async () => {
    const n = await nearestNeighbourhood(getDb(), 33.5078, 126.5004);
    expect(n.dong).toBe('용담2동');
    const seoul = await nearestNeighbourhood(getDb(), 37.5848, 126.9684);
    expect(seoul.dong).toBe('청운효자동');
  });

  it('gets one by code and reports unknown codes as not found', async () => {
    expect((await getNeighbourhood(getDb(), '1144066000')).dong).toBe('서교동');
    await expect(getNeighbourhood(getDb(), '0000000000')).rejects.toMatchObject({ code: 'not_found' } satisfies Partial<DomainError>);
  });
});

import { describe, expect, it } from 'vitest';
import { z } from './zod';

const message = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error!.issues[0]!.message;

describe('default Korean messages', () => {
  it('never leaks English type names', () => {
    const samples = [
      message(z.number().max(2_147_483_647), 9_999_999_999),
      message(z.number().int().min(1), 0),
      message(z.string().max(20), 'x'.repeat(21)),
      message(z.array(z.number()).min(1), []),
      message(z.number(), 'x'),
      message(z.object({ a: z.string() }), 'x'),
    ];
    for (const m of samples) expect(m).not.toMatch(/number|string|array|object/);
    expect(samples[0]).toBe('2,147,483,647 이하여야 합니다.');
    expect(samples[2]).toBe('20자 이하로 입력해 주세요.');
    expect(samples[4]).toBe('숫자 형식으로 보내 주세요.');
  });
});

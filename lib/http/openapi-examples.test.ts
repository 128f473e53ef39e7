import { describe, expect, it } from 'vitest';
import { z } from '@/lib/core/zod';
import { exampleOf, stringForPattern } from './openapi-examples';
import { documentedReasons, problemMedia } from './openapi-problem-examples';

const schemaOf = (s: z.ZodType, io: 'input' | 'output' = 'output') => z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' });

describe('exampleOf', () => {
  it('takes a node\'s own examples[0] (zod meta) before anything else', () => {
    expect(exampleOf(schemaOf(z.string().regex(/^\d{10}$/).meta({ examples: ['1144066000'] })))).toBe('1144066000');
    expect(exampleOf(schemaOf(z.object({ n: z.number().int().meta({ examples: [12000] }) })))).toEqual({ n: 12000 });
  });

  it('enum → first value, const, default', () => {
    expect(exampleOf(schemaOf(z.enum(['game', 'reservation'])))).toBe('game');
    expect(exampleOf(schemaOf(z.literal('Bearer')))).toBe('Bearer');
    expect(exampleOf(schemaOf(z.number().int().default(20), 'input'))).toBe(20);
  });

  it('formats: dates, instants (the first the pattern accepts), emails, URLs', () => {
    expect(exampleOf({ type: 'string', format: 'date' })).toBe('2026-06-01');
    expect(exampleOf({ type: 'string', format: 'date-time' })).toBe('2026-06-01T19:00:00+09:00');
    // zod's z.iso.datetime() pattern allows only Z: the UTC form is chosen.
    expect(exampleOf(schemaOf(z.iso.datetime()))).toBe('2026-06-01T10:00:00Z');
    expect(exampleOf(schemaOf(z.email()))).toBe('minji@example.com');
    expect(exampleOf({ type: 'string', format: 'uri' })).toMatch(/^https:\/\//);
  });

  it('numbers inside their bounds', () => {
    expect(exampleOf(schemaOf(z.number().int().min(2).max(10)))).toBe(2);
    expect(exampleOf(schemaOf(z.number().int().min(-5).max(0)))).toBe(0);
    expect(exampleOf(schemaOf(z.number().positive()))).toBe(1);
    expect(exampleOf({ type: 'integer', exclusiveMinimum: 5 })).toBe(6);
  });

  it('strings within their length and simple patterns', () => {
    expect(exampleOf(schemaOf(z.string().min(5)))).toHaveLength(6);
    expect(exampleOf(schemaOf(z.string().max(1)))).toHaveLength(1);
    expect(exampleOf(schemaOf(z.string().regex(/^\d{10}$/)))).toBe('1111111111');
    expect(stringForPattern('^0\\d{1,2}-?\\d{3,4}-?\\d{4}$')).toBe('011111111');
    expect(stringForPattern('^(?:[01]\\d|2[0-3]):[0-5]\\d$')).toBe('01:01');
    expect(stringForPattern('^[^a]+$')).toBeUndefined();
  });

  it('arrays with one item (or minItems), tuples, objects with every property', () => {
    expect(exampleOf(schemaOf(z.array(z.boolean())))).toEqual([true]);
    expect(exampleOf(schemaOf(z.array(z.literal('a')).min(2)))).toEqual(['a', 'a']);
    expect(exampleOf(schemaOf(z.tuple([z.literal(1), z.literal('x')])))).toEqual([1, 'x']);
    expect(exampleOf(schemaOf(z.object({ a: z.literal(1), b: z.literal(2).optional() })))).toEqual({ a: 1, b: 2 });
  });

  it('nullable → the non-null branch; unions → the first branch', () => {
    expect(exampleOf(schemaOf(z.literal('x').nullable()))).toBe('x');
    expect(exampleOf(schemaOf(z.union([z.literal('a'), z.literal('b')])))).toBe('a');
    expect(exampleOf({ type: ['null', 'integer'] })).toBe(1);
  });

  it('resolves $ref to components and to $defs, and stops on a cycle', () => {
    const components = { Problem: { type: 'object', properties: { status: { const: 404 } } } };
    expect(exampleOf({ $ref: '#/components/schemas/Problem' }, { components })).toEqual({ status: 404 });
    type Node = { name: string; children: Node[] };
    const node: z.ZodType<Node> = z.object({ name: z.literal('n'), get children() { return z.array(node); } });
    const example = exampleOf(schemaOf(node)) as Node;
    expect(example.name).toBe('n');
    expect(JSON.stringify(example).length).toBeLessThan(2000);
  });
});

describe('problem examples', () => {
  it('reads the reasons a summary documents per status, only real ones', () => {
    const found = documentedReasons('출금 요청 (대기 중이면 409 reason "payout_pending", 잔액 초과는 409 "insufficient_balance"; 429 "nope")');
    expect(found.get(409)).toEqual(['payout_pending', 'insufficient_balance']);
    expect(found.has(429)).toBe(false);
  });

  it('one example per reason, a write\'s 403 as a suspension, a 400 with field errors', () => {
    const endpoint = { method: 'POST', path: '/x', summary: '409 reason "payout_pending", 409 "insufficient_balance"', tag: 't', auth: 'required', responses: {} } as const;
    expect(Object.keys(problemMedia(endpoint, 409, undefined).examples!)).toEqual(['payout_pending', 'insufficient_balance']);
    expect(problemMedia(endpoint, 403, undefined).example).toMatchObject({ status: 403, reason: 'suspended', suspendedUntil: expect.any(String) });
    expect(problemMedia(endpoint, 400, 'amount').example).toMatchObject({ status: 400, errors: { amount: [expect.any(String)] } });
    expect(problemMedia({ ...endpoint, method: 'GET' }, 403, undefined).example).not.toHaveProperty('reason');
  });
});

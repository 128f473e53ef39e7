import { expect, it } from 'vitest';
import { apiDocument } from '@/app/openapi';
import { contractAjv, contractChecker, type ApiDocument } from '@/tests/support/contract';

type Media = { schema: Record<string, unknown>; example?: unknown; examples?: Record<string, { value: unknown }> };
type Operation = { requestBody?: { content: Record<string, Media> }; responses: Record<string, { content?: Record<string, Media> }> };

const doc = apiDocument() as unknown as ApiDocument & { paths: Record<string, Record<string, Operation>> };
const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })));
const isJson = (type: string) => type === 'application/json' || type === 'application/problem+json';
const examplesOf = (media: Media) => (media.examples ? Object.values(media.examples).map((e) => e.value) : 'example' in media ? [media.example] : []);

it('every JSON request body has an example that validates against its schema (the contract tests\' ajv)', () => {
  const ajv = contractAjv();
  const problems: string[] = [];
  let checked = 0;
  for (const { path, method, op } of operations) {
    const media = op.requestBody?.content['application/json'];
    if (!media) continue;
    const examples = examplesOf(media);
    if (examples.length === 0) problems.push(`${method} ${path}: request body without an example`);
    const { $schema: _, ...schema } = media.schema;
    const validate = ajv.compile(schema);
    for (const example of examples) {
      checked++;
      if (!validate(example)) problems.push(`${method} ${path} request: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(example)}`);
    }
  }
  expect(problems.slice(0, 40), `${problems.length} wrong examples`).toEqual([]);
  expect(checked).toBeGreaterThan(50);
});

it('every JSON response (2xx and problem+json) has an example the contract check accepts', () => {
  const { check } = contractChecker(doc);
  const problems: string[] = [];
  let checked = 0;
  for (const { path, method, op } of operations) {
    for (const [status, response] of Object.entries(op.responses)) {
      for (const [type, media] of Object.entries(response.content ?? {})) {
        if (!isJson(type)) continue;
        const examples = examplesOf(media);
        if (examples.length === 0) problems.push(`${method} ${path} → ${status} ${type}: no example`);
        for (const body of examples) {
          checked++;
          problems.push(...check({ method, path, status: Number(status), contentType: type, body }));
        }
      }
    }
  }
  expect(problems.slice(0, 40), `${problems.length} wrong examples`).toEqual([]);
  expect(checked).toBeGreaterThan(500);
});

it('a problem example carries the reason the route documents', () => {
  const media = doc.paths['/api/payments/{id}/sandbox-authorize']!.post!.responses['409']!.content!['application/problem+json']!;
  expect(examplesOf(media).map((e) => (e as { reason?: string }).reason)).toContain('card_declined');
});

it('the document is the same on every generation (deterministic)', async () => {
  const { openApiDocument } = await import('@/lib/http/openapi');
  const { allEndpoints } = await import('@/app/openapi');
  const again = openApiDocument(allEndpoints, (doc as unknown as { info: { title: string; version: string; description: string } }).info);
  expect(JSON.stringify(again)).toBe(JSON.stringify(doc));
});

import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The contract tests: a response is checked against the OpenAPI document the server publishes
 * (GET /api/openapi.json) — its status must be documented for the operation, its content type
 * declared, and its body valid against the schema (no missing or extra fields: the document's
 * objects forbid additional properties). Used by every API test through tests/support/http.ts
 * and by the browser tests for each /api response the page receives (e2e/support/test.ts).
 */

type Schema = Record<string, unknown>;
type Response = { description: string; content?: Record<string, { schema: Schema }> };
type Operation = { responses: Record<string, Response> };
export type ApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

export type Observed = { method: string; path: string; status: number; contentType: string | null; body: unknown };

// ajv-formats is CommonJS: its default export arrives wrapped under tsx/vitest and bare under Playwright.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

const APP_DIR = path.resolve(import.meta.dirname, '../../app');

/** A last parameter served by a `[...name]` folder takes the rest of the path (/api/images/spaces/4/a.webp). */
const catchAll = (template: string) => existsSync(path.join(APP_DIR, template.replace(/\{(\w+)\}$/, '[...$1]'), 'route.ts')) && /\}$/.test(template);

/** The validator of the contract tests: JSON Schema 2020-12 with formats. */
export function contractAjv() {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, logger: false });
  addFormats(ajv);
  return ajv;
}

export function contractChecker(doc: ApiDocument) {
  const ajv = contractAjv();
  const validators = new Map<string, ValidateFunction>();
  const templates = Object.keys(doc.paths).map((template) => ({
    template,
    // Literal segments beat parameters (/api/users/me before /api/users/{id}).
    params: (template.match(/\{/g) ?? []).length,
    pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}${catchAll(template) ? '(/[^/]+)*' : ''}$`),
  }));
  templates.sort((a, b) => a.params - b.params);

  function resolve(schema: Schema): Schema {
    const ref = schema.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) return doc.components.schemas[ref.slice('#/components/schemas/'.length)]!;
    return schema;
  }

  function validator(key: string, schema: Schema) {
    let validate = validators.get(key);
    if (!validate) {
      const { $schema: _, ...rest } = resolve(schema);
      validate = ajv.compile(rest);
      validators.set(key, validate);
    }
    return validate;
  }

  /** The documented path of a concrete URL path (/api/games/12 → /api/games/{id}). */
  function templateOf(method: string, path: string) {
    return templates.find((t) => t.pattern.test(path) && doc.paths[t.template]![method.toLowerCase()])?.template;
  }

  /** What is wrong with one response, as messages (empty when it matches the document). */
  function check({ method, path, status, contentType, body }: Observed): string[] {
    const at = `${method} ${path} → ${status}`;
    const operation = doc.paths[path]?.[method.toLowerCase()];
    if (!operation) return [`${at}: no such operation in the document`];
    const response = operation.responses[String(status)];
    if (!response) return [`${at}: status not documented (documented: ${Object.keys(operation.responses).join(', ')})`];
    if (!response.content) return body === undefined || body === '' ? [] : [`${at}: documented without a body, but one came`];
    const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
    const media = response.content[type];
    if (!media) return [`${at}: content type ${type || '(none)'} not documented (documented: ${Object.keys(response.content).join(', ')})`];
    if (media.schema.format === 'binary') return [];
    const validate = validator(`${method} ${path} ${status} ${type}`, media.schema);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${at}: ${e.instancePath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
  }

  return { check, templateOf };
}

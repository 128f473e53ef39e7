/**
 * Hostile requests generated from an operation of the OpenAPI document: a plausible base
 * request built from its JSON schemas, then one hostile change at a time (tests/api/openapi-hostile.test.ts).
 */
type Schema = Record<string, any>;
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const DAY = 86_400_000;
const seoulDay = (days: number) => new Date(Date.now() + 9 * 3_600_000 + days * DAY).toISOString().slice(0, 10);
const seoulAt = (days: number, hour: number) => `${seoulDay(days)}T${String(hour).padStart(2, '0')}:00:00+09:00`;

/** Values for the patterns and names the document uses, so a base body can pass validation. */
const byPattern: Record<string, string> = {
  '^\\d{10}$': '5011058000',
  '^\\d{5}$': '50110',
  '^\\d{2}:\\d{2}$': '10:00',
  '^[\\p{L}\\p{N}_]+$': 'hostile_1',
  '\\p{L}': 'abcd1234',
  '\\p{N}': 'abcd1234',
  '^-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?$': '33.5,126.5',
  '^0\\d{1,2}-?\\d{3,4}-?\\d{4}$': '010-1234-5678',
  '^[\\w-]+$': 'abc-123',
};
const byName: Record<string, () => string> = {
  startsAt: () => seoulAt(10, 14),
  endsAt: () => seoulAt(10, 16),
  recruitUntil: () => seoulAt(10, 12),
  date: () => seoulDay(10),
  from: () => seoulDay(1),
  to: () => seoulDay(20),
  openTime: () => '09:00',
  closeTime: () => '22:00',
  startTime: () => '10:00',
  endTime: () => '12:00',
  email: () => 'hostile@dongne.test',
  password: () => 'abcd1234',
  passwordConfirm: () => 'abcd1234',
  newPassword: () => 'efgh5678',
  newPasswordConfirm: () => 'efgh5678',
};

const branches = (s: Schema): Schema[] => s.anyOf ?? s.oneOf ?? [s];

/** A value the schema accepts, as far as JSON Schema says (cross-field rules aside). */
export function exampleFor(schema: Schema, name = ''): Json {
  if ('const' in schema) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.anyOf || schema.oneOf) return exampleFor(branches(schema).find((b) => b.type !== 'null') ?? branches(schema)[0]!, name);
  if (schema.allOf) return exampleFor({ ...schema.allOf[0], ...schema, allOf: undefined }, name);
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  switch (type) {
    case 'integer':
    case 'number': {
      const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
      return Math.min(Math.max(low, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    }
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => exampleFor(schema.items ?? {}, name));
    case 'object': {
      const out: Record<string, Json> = {};
      for (const key of schema.required ?? []) out[key] = exampleFor(schema.properties?.[key] ?? {}, key);
      // Optional times too (a booking needs startsAt/endsAt or date/packageId, which JSON Schema can't say).
      for (const key of Object.keys(schema.properties ?? {})) if (!(key in out) && key in byName && key.endsWith('At')) out[key] = byName[key]!();
      return out;
    }
    case 'string': {
      if (byName[name]) return byName[name]();
      if (schema.format === 'date-time') return seoulAt(10, 14);
      if (schema.format === 'email') return 'hostile@dongne.test';
      const pattern = schema.pattern ?? schema.allOf?.[0]?.pattern;
      if (pattern && byPattern[pattern]) return byPattern[pattern];
      const text = '이웃hostile';
      return text.padEnd(schema.minLength ?? 1, 'x').slice(0, schema.maxLength ?? text.length);
    }
    default:
      return 'x';
  }
}

const jsonType = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

function acceptedTypes(schema: Schema): Set<string> {
  const types = new Set<string>();
  for (const b of branches(schema)) {
    if ('const' in b) types.add(jsonType(b.const));
    const t = b.type ?? (b.enum ? jsonType(b.enum[0]) : undefined);
    for (const one of Array.isArray(t) ? t : t ? [t] : ['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']) types.add(one);
  }
  if (types.has('number')) types.add('integer');
  return types;
}

/** Up to two values of a JSON type the field does not take. */
export function wrongTypes(schema: Schema): Json[] {
  const accepted = acceptedTypes(schema);
  return ([12345, 'abc', true, { a: 1 }, [1], null] as Json[]).filter((v) => !accepted.has(jsonType(v))).slice(0, 2);
}

export type Raw = { raw: string };
const RAW = (raw: string): Raw => ({ raw });

/** Numbers the field's schema refuses: huge, negative, fractional, infinite (1e309) and NaN (not even JSON). */
export function hostileNumbers(schema: Schema): (number | Raw)[] {
  const numeric = branches(schema).find((b) => b.type === 'integer' || b.type === 'number');
  if (!numeric) return [];
  const min = numeric.minimum ?? numeric.exclusiveMinimum;
  const max = numeric.maximum ?? numeric.exclusiveMaximum;
  const out: (number | Raw)[] = [RAW('1e309'), RAW('-1e309'), RAW('NaN'), RAW('99999999999999999999')];
  if (numeric.type === 'integer') out.push(1.5, 2 ** 31);
  if (max !== undefined && max < 1e20) out.push(1e20);
  if (min !== undefined && min >= 0) out.push(-1);
  return out;
}

/** Every field of a body schema, one level into objects and arrays of objects: [path, schema, required]. */
export function fieldsOf(schema: Schema, prefix: (string | number)[] = [], depth = 0): [(string | number)[], Schema, boolean][] {
  const out: [(string | number)[], Schema, boolean][] = [];
  const objects = branches(schema).filter((b) => b.type === 'object' && b.properties);
  for (const b of objects) {
    for (const [key, field] of Object.entries<Schema>(b.properties)) {
      const path = [...prefix, key];
      if (out.some(([p]) => p.join('.') === path.join('.'))) continue;
      // Of a union ({ids} | {all}), leaving a field out is only wrong when every branch needs it.
      out.push([path, field, objects.every((o) => (o.required ?? []).includes(key))]);
      if (depth > 0) continue;
      const inner = branches(field).find((f) => f.type === 'object' || (f.type === 'array' && f.items?.type === 'object'));
      if (inner?.type === 'object') out.push(...fieldsOf(inner, path, depth + 1));
      if (inner?.type === 'array') out.push(...fieldsOf(inner.items, [...path, 0], depth + 1));
    }
  }
  return out;
}

const clone = <T>(v: T): T => structuredClone(v);

/** The base with `value` at `path` (missing parents made from the schema's examples). */
export function setAt(base: Json, path: (string | number)[], value: Json | Raw | undefined, schema: Schema): Json {
  const out = clone(base) as Record<string | number, Json>;
  let node: any = out;
  let s: Schema = schema;
  path.forEach((key, i) => {
    s = typeof key === 'number' ? branches(s).find((b) => b.items)?.items ?? {} : branches(s).find((b) => b.properties?.[key])?.properties?.[key] ?? {};
    if (i === path.length - 1) {
      if (value === undefined) delete node[key];
      else node[key] = value as Json;
      return;
    }
    if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') node[key] = exampleFor(s, String(key));
    if (Array.isArray(node[key]) && node[key].length === 0) node[key].push(exampleFor(branches(s).find((b) => b.items)?.items ?? {}));
    node = node[key];
  });
  return out;
}

/** JSON text of a body that may hold raw (not JSON-representable) numbers. */
export function bodyText(body: Json | Raw): string {
  const raws: string[] = [];
  const text = JSON.stringify(body, (_k, v) => (v && typeof v === 'object' && 'raw' in v && Object.keys(v).length === 1 ? `\u0001RAW${raws.push(v.raw) - 1}\u0001` : v));
  return text.replace(/"\\u0001RAW(\d+)\\u0001"/g, (_m, i: string) => raws[Number(i)]!);
}

/** Path ids no route should choke on. */
export const absurdIds = ['-1', '0', '2147483647', '2147483648', '9007199254740993', '99999999999999999999', 'abc', '1.5', '1e309', 'NaN', "1' OR '1'='1", '\u0000', '\uD800', '../../etc/passwd', 'x'.repeat(10_000)];

/** Query values (already URL-encoded): page params, numbers, dates, injections, NUL, broken UTF-8, 100 kB. */
export const hostileQueryValues = [
  '-1', '0', '1e9', '99999999999999999999', 'abc', '1.5', 'NaN', '1e309', '', '%00', '%ED%A0%80', '%FF%FE',
  encodeURIComponent("zzqx' OR '1'='1"), '2026-02-30', '%5Bobject%20Object%5D', 'x'.repeat(100_000),
];

/** Bodies that are not the JSON object a route wants. */
export const malformedBodies = [
  '{', '{"a":1,}', 'NaN', '{"x": NaN}', "{'a': 1}", '[]', 'null', '"text"', '123', 'true', '\uFEFF{}',
  '['.repeat(30_000) + ']'.repeat(30_000),
];

/** The body with prototype-polluting keys in front (sent with an otherwise refused body). */
export const withPollutingKeys = (text: string) =>
  text.startsWith('{') && text.length > 2 ? `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${text.slice(1)}` : text;

/** What a string field gets: NUL, a lone surrogate, and 100 kB (over the 64 kB body limit). */
export const hostileStrings: Json[] = ['a\u0000b', '\uD800', 'x'.repeat(100_000)];

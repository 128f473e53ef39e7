/**
 * An example value for a JSON Schema, for the OpenAPI document's media types (what /docs shows
 * as the request and response examples). A node's own `examples[0]` (from zod's
 * `.meta({ examples })`) wins; otherwise the value is composed from the schema's keywords, so
 * every operation has an example without each one being written by hand.
 */

type Schema = Record<string, unknown>;
/** Where `$ref`s point: the document's `components.schemas` and the schema's own `$defs`. */
type Refs = { components?: Record<string, Schema>; defs?: Record<string, Schema> };

const MAX_DEPTH = 12;

/** Values per format, in order of preference; the first one the schema's pattern accepts is used. */
const formatDefaults: Record<string, string[]> = {
  date: ['2026-06-01'],
  // Bodies take an offset; responses send UTC (`Z`), and zod's pattern says which.
  'date-time': ['2026-06-01T19:00:00+09:00', '2026-06-01T10:00:00Z', '2026-06-01T10:00:00.000Z'],
  time: ['19:00:00', '19:00'],
  email: ['minji@example.com'],
  uri: ['https://dongne.example/'],
  url: ['https://dongne.example/'],
  uuid: ['3f0e4c5a-8b1d-4e2f-9a6b-7c8d9e0f1a2b'],
  ipv4: ['203.0.113.7'],
  ipv6: ['2001:db8::7'],
};

const isObject = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

function resolve(schema: Schema, refs: Refs): Schema | undefined {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const [, where, name] = /^#\/(components\/schemas|\$defs)\/(.+)$/.exec(ref) ?? [];
  const target = where === '$defs' ? refs.defs?.[name!] : refs.components?.[name!];
  // Sibling keywords beside a $ref (zod puts a description there) stay with it.
  const { $ref: _, ...rest } = schema;
  return target && { ...target, ...rest };
}

/**
 * A string matching a simple regular expression (literals, escapes \d \w \s, classes, groups
 * with alternatives, quantifiers), or undefined when the pattern is not simple.
 */
export function stringForPattern(pattern: string): string | undefined {
  let i = 0;
  const atom = (): string | undefined => {
    const c = pattern[i++];
    if (c === '\\') {
      const e = pattern[i++];
      return ({ d: '1', w: 'a', s: ' ', D: 'a', W: '-', S: 'a' } as Record<string, string>)[e!] ?? e;
    }
    if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0 || pattern[i] === '^') return undefined;
      const body = pattern.slice(i, end);
      i = end + 1;
      if (body.startsWith('\\p')) return '가';
      return body[0] === '\\' ? ({ d: '1', w: 'a', s: ' ' } as Record<string, string>)[body[1]!] ?? body[1] : body[0];
    }
    if (c === '(') {
      const start = i;
      let depth = 1;
      while (i < pattern.length && depth > 0) {
        if (pattern[i] === '\\') i++;
        else if (pattern[i] === '(') depth++;
        else if (pattern[i] === ')') depth--;
        i++;
      }
      let inner = pattern.slice(start, i - 1).replace(/^\?:/, '');
      // The first alternative at the top level of the group.
      let d = 0;
      for (let k = 0; k < inner.length; k++) {
        if (inner[k] === '\\') k++;
        else if (inner[k] === '(') d++;
        else if (inner[k] === ')') d--;
        else if (inner[k] === '|' && d === 0) {
          inner = inner.slice(0, k);
          break;
        }
      }
      return stringForPattern(inner);
    }
    if (c === '.') return 'a';
    if (c === undefined || '|*+?{}'.includes(c)) return undefined;
    return c;
  };
  let out = '';
  if (pattern.includes('|') && !pattern.includes('(')) pattern = pattern.split('|')[0]!;
  if (pattern.startsWith('^')) i = 1;
  while (i < pattern.length) {
    if (pattern[i] === '$' && i === pattern.length - 1) break;
    const piece = atom();
    if (piece === undefined) return undefined;
    let times = 1;
    const q = pattern[i];
    if (q === '*' || q === '?' || q === '+') {
      times = q === '+' ? 1 : 0;
      i++;
    } else if (q === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(pattern.slice(i));
      if (!m) return undefined;
      times = Number(m[1]);
      i += m[0].length;
    }
    if (pattern[i] === '?') i++; // lazy quantifier
    out += piece.repeat(times);
  }
  return out;
}

function exampleString(s: Schema): string {
  const min = typeof s.minLength === 'number' ? s.minLength : 0;
  const max = typeof s.maxLength === 'number' ? s.maxLength : Infinity;
  const fits = (v: string) => v.length >= min && v.length <= max;
  const pattern = typeof s.pattern === 'string' ? new RegExp(s.pattern, 'u') : undefined;
  const formatted = typeof s.format === 'string' ? formatDefaults[s.format] : undefined;
  if (formatted) return formatted.find((v) => !pattern || pattern.test(v)) ?? formatted[0]!;
  if (typeof s.pattern === 'string') {
    const made = stringForPattern(s.pattern);
    if (made !== undefined && pattern!.test(made) && fits(made)) return made;
  }
  let text = '예시';
  while (text.length < min) text += '예시';
  return text.slice(0, Math.max(min, Math.min(max, text.length)));
}

function exampleNumber(s: Schema, integer: boolean): number {
  const min = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + (integer ? 1 : 0.5) : undefined;
  const max = typeof s.maximum === 'number' ? s.maximum : typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum - (integer ? 1 : 0.5) : undefined;
  let n = 1;
  if (min !== undefined && n < min) n = min;
  if (max !== undefined && n > max) n = max;
  return integer ? Math.ceil(n) : n;
}

const isNull = (s: unknown) => isObject(s) && (s.type === 'null' || (Array.isArray(s.enum) && s.enum.length === 1 && s.enum[0] === null));

/** An example value of `schema`; `refs` resolves `#/components/schemas/…` and `#/$defs/…`. */
export function exampleOf(schema: unknown, refs: Refs = {}, depth = 0): unknown {
  if (!isObject(schema)) return null;
  const next = isObject(schema.$defs) ? { ...refs, defs: schema.$defs as Record<string, Schema> } : refs;
  const s = resolve(schema, next);
  if (!s || depth > MAX_DEPTH) return null;
  const walk = (child: unknown) => exampleOf(child, next, depth + 1);

  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if ('example' in s) return s.example;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum.find((v) => v !== null) ?? s.enum[0];
  if ('default' in s) return s.default;
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = s[key];
    if (Array.isArray(branches) && branches.length > 0) return walk(branches.find((b) => !isNull(b)) ?? branches[0]);
  }
  if (Array.isArray(s.allOf)) {
    const parts = s.allOf.map(walk);
    return parts.every(isObject) ? Object.assign({}, ...parts) : parts[0];
  }
  const type = Array.isArray(s.type) ? (s.type.find((t) => t !== 'null') ?? 'null') : s.type;
  switch (type ?? (s.properties ? 'object' : s.items ? 'array' : undefined)) {
    case 'object': {
      const properties = isObject(s.properties) ? s.properties : {};
      return Object.fromEntries(Object.entries(properties).map(([name, child]) => [name, walk(child)]));
    }
    case 'array': {
      if (Array.isArray(s.prefixItems)) return s.prefixItems.map(walk);
      const min = typeof s.minItems === 'number' ? s.minItems : 0;
      const max = typeof s.maxItems === 'number' ? s.maxItems : Infinity;
      if (max === 0 || depth >= MAX_DEPTH) return [];
      const item = walk(s.items);
      return Array.from({ length: Math.max(1, min) }, () => item);
    }
    case 'string':
      return exampleString(s);
    case 'integer':
      return exampleNumber(s, true);
    case 'number':
      return exampleNumber(s, false);
    case 'boolean':
      return true;
    default:
      return null;
  }
}

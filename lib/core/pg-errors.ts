/** PostgreSQL SQLSTATE of an error thrown by postgres.js or PGlite, possibly wrapped by drizzle. */
export function pgErrorCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

export function pgConstraint(error: unknown): string | undefined {
  for (let e = error as { constraint?: unknown; constraint_name?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    const name = e.constraint_name ?? e.constraint;
    if (typeof name === 'string') return name;
    e = e.cause as typeof e;
  }
  return undefined;
}

export const isUniqueViolation = (error: unknown) => pgErrorCode(error) === '23505';
export const isForeignKeyViolation = (error: unknown) => pgErrorCode(error) === '23503';
export const isExclusionViolation = (error: unknown) => pgErrorCode(error) === '23P01';
